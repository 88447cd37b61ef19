package org.astrocyte.scenarios.report.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The planner turns and tool calls the page embeds: every k-th of each when there are more than a budget, with each
 * kept tool call still pointing at its turn when that turn is kept (and at -1 when it is not).
 */
record PlannerLists(List<PlannerLog.Call> calls, List<PlannerLog.Tool> tools) {

    static PlannerLists of(PlannerLog log, int budget, List<String> notes) {
        List<PlannerLog.Call> calls = log.calls();
        int callStride = Thinning.stride(calls.size(), budget);
        int toolStride = Thinning.stride(log.tools().size(), budget);
        if (callStride > 1) {
            notes.add("planner turns: every " + RunReportData.ordinal(callStride) + " of " + calls.size() + " shown");
        }
        if (toolStride > 1) {
            notes.add("tool calls: every " + RunReportData.ordinal(toolStride) + " of " + log.tools().size()
                    + " shown");
        }
        List<PlannerLog.Call> keptCalls = Thinning.keep(calls, budget);
        List<PlannerLog.Tool> keptTools = new ArrayList<>();
        for (PlannerLog.Tool tool : Thinning.keep(log.tools(), budget)) {
            int call = tool.call();
            keptTools.add(tool.inCall(call >= 0 && call % callStride == 0 ? call / callStride : -1));
        }
        return new PlannerLists(keptCalls, keptTools);
    }
}
