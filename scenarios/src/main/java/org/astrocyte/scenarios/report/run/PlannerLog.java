package org.astrocyte.scenarios.report.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.astrocyte.core.event.PlannerCalled;
import org.astrocyte.core.event.PlannerDecisionApplied;
import org.astrocyte.core.event.ToolCalled;

/**
 * The planners' side of a run: every turn ({@code PlannerCalled}) with the tool calls it made, and every decision
 * that reached the body ({@code PlannerDecisionApplied}). A turn's simulated latency is known from the decision it led
 * to, which applies {@code latencyMs} after the turn started; a turn that set no goal has none.
 */
final class PlannerLog {

    /** Longest reply, tool arguments or tool result kept, characters. */
    static final int MAX_TEXT = 240;

    private final List<Call> calls = new ArrayList<>();
    private final List<Tool> tools = new ArrayList<>();
    private final Map<Integer, List<Integer>> pendingTools = new HashMap<>();
    private final Map<String, Integer> callsByStart = new HashMap<>();
    private final Map<Integer, List<double[]>> decisions = new HashMap<>();

    void tool(int agent, long micros, ToolCalled event) {
        pendingTools.computeIfAbsent(agent, a -> new ArrayList<>()).add(tools.size());
        tools.add(new Tool(seconds(micros), agent, event.tool(), clip(event.arguments()), clip(event.result()),
                event.ok(), -1));
    }

    void called(int agent, long micros, PlannerCalled event) {
        int index = calls.size();
        List<Integer> made = pendingTools.remove(agent);
        if (made != null) {
            for (int i : made) {
                tools.set(i, tools.get(i).inCall(index));
            }
        }
        calls.add(new Call(seconds(micros), agent, event.model(), clip(event.reply()), event.toolCalls(),
                event.inputTokens(), event.outputTokens(), event.error(), event.retries(), null));
        callsByStart.put(agent + "@" + micros, index);
    }

    void decided(int agent, long micros, PlannerDecisionApplied event) {
        long started = micros - Math.round(event.latencyMs() * 1000);
        Integer call = callsByStart.get(agent + "@" + started);
        if (call != null) {
            calls.set(call, calls.get(call).withLatency(Rounding.thousandths(event.latencyMs())));
        }
        decisions.computeIfAbsent(agent, a -> new ArrayList<>()).add(new double[] {seconds(micros),
            Rounding.millimetres(event.goalX()), Rounding.millimetres(event.goalY()), event.stopped() ? 1 : 0});
    }

    List<Call> calls() {
        return calls;
    }

    List<Tool> tools() {
        return tools;
    }

    /** The agent's decisions as [time s, goal x m, goal y m, 1 if it stopped instead], in order. */
    List<double[]> decisions(int agent) {
        return decisions.getOrDefault(agent, List.of());
    }

    private static double seconds(long micros) {
        return Rounding.millis(micros / 1e6);
    }

    private static String clip(String text) {
        if (text == null || text.length() <= MAX_TEXT) {
            return text;
        }
        return text.substring(0, MAX_TEXT - 1) + "…";
    }

    /**
     * One planner turn: when it started (s), the agent's index, the model, its reply, how many tools it called, the
     * tokens, the error (null on success), the retries, and the simulated latency of the decision it led to (ms;
     * null when it set no goal).
     */
    record Call(double t, int agent, String model, String reply, int tools, int inputTokens, int outputTokens,
            String error, int retries, Double latencyMs) {

        Call withLatency(double ms) {
            return new Call(t, agent, model, reply, tools, inputTokens, outputTokens, error, retries, ms);
        }
    }

    /**
     * One tool call: when (s), the agent's index, the tool's name, its arguments and result (JSON text, clipped),
     * whether it succeeded, and the index of the planner turn it belonged to (-1 if unknown).
     */
    record Tool(double t, int agent, String name, String arguments, String result, boolean ok, int call) {

        Tool inCall(int index) {
            return new Tool(t, agent, name, arguments, result, ok, index);
        }
    }
}
