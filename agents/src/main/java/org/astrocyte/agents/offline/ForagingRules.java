package org.astrocyte.agents.offline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.astrocyte.agents.planner.Observation.Point;
import org.astrocyte.agents.planner.Observation;

/**
 * The offline planner's policy for foraging, one step of a turn at a time: go for visible food, remember where it
 * was seen and tell the other agents; otherwise head for the nearest goal region still to reach (unless stuck);
 * otherwise go to food another agent reported if it is nearer than the current
 * goal; otherwise keep going to the current goal; when there is none (or the body is stuck), recall remembered food
 * away from here, or explore a far point of the arena. Deterministic: the same observation and
 * tool results always give the same step.
 */
final class ForagingRules {

    /** Remembered places closer than this are where the agent already is, metres. */
    static final double HERE_RADIUS = 3.0;
    /** A goal closer than this counts as reached, metres. */
    static final double REACHED = 0.5;
    /** Less travel than this in a whole turn, with a goal still far away, means the body is stuck, metres. */
    static final double STUCK_TRAVEL = 0.3;
    /** A goal this close to a food item is that item (the body stops at its goal, so it must be on the food). */
    static final double SAME_PLACE = 0.05;
    /** How far to one side a detour around an obstacle goes, metres. */
    static final double DETOUR = 1.5;
    /** Keep this far from the walls when exploring, metres. */
    static final double MARGIN = 1.0;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How another agent reports food: "food at (x, y)". */
    private static final Pattern FOOD_AT = Pattern.compile("food at \\((-?[0-9.]+), *(-?[0-9.]+)\\)");

    /** One step: either tool calls (with the reason) or the final reply of the turn. */
    record Step(String reason, List<Call> calls) {
        boolean isFinal() {
            return calls.isEmpty();
        }
    }

    /** A tool call: name and JSON arguments. */
    record Call(String tool, String arguments) {
    }

    /** The tool results of the current turn, oldest first. */
    record Result(String tool, String text) {
    }

    /**
     * @param observation what the agent sees
     * @param results     tool results so far in this turn, oldest first
     * @param offered     names of the tools the request offers
     * @param reasonSoFar the reason given with the last tool calls of this turn, or null
     */
    Step next(Observation observation, List<Result> results, Set<String> offered, String reasonSoFar) {
        if (!results.isEmpty()) {
            Result last = results.get(results.size() - 1);
            if (last.tool().equals("recall") && offered.contains("set_goal")) {
                return afterRecall(observation, last.text());
            }
            return new Step(reasonSoFar == null ? "done" : reasonSoFar, List.of());
        }
        if (!observation.foodVisible().isEmpty()) {
            return towardsVisibleFood(observation, offered);
        }
        Point goal = observation.goal();
        double toGoal = goal == null ? 0 : goal.distanceTo(observation.x(), observation.y());
        boolean stuck = goal != null && toGoal > REACHED && observation.movedSinceLastM() < STUCK_TRAVEL
                || "stuck".equals(observation.wokenBy());
        if (!observation.goalRegions().isEmpty()) {
            return stuck ? detour(observation, offered) : towardsGoalRegion(observation, offered);
        }
        Step reported = towardsReportedFood(observation, offered, goal == null || stuck ? Double.MAX_VALUE : toGoal);
        if (reported != null) {
            return reported;
        }
        if (goal != null && toGoal > REACHED && !stuck) {
            return new Step(String.format(Locale.ROOT, "continuing to the goal, %.1f m away", toGoal), List.of());
        }
        if (!stuck && offered.contains("recall")) {
            return new Step("no food in sight: recalling where food was", List.of(new Call("recall",
                    "{\"query\":\"food\"}")));
        }
        return explore(observation, stuck ? "stuck: exploring elsewhere" : "no food in sight: exploring", offered,
                stuck ? goal : null);
    }

    /** Heads for the nearest goal region still to reach, unless it is the goal already. */
    private static Step towardsGoalRegion(Observation observation, Set<String> offered) {
        Point region = observation.goalRegions().get(0);
        Point goal = observation.goal();
        if (goal != null && goal.distanceTo(region.x(), region.y()) < REACHED) {
            return new Step(String.format(Locale.ROOT, "continuing to the goal region, %.1f m away",
                    region.distanceTo(observation.x(), observation.y())), List.of());
        }
        if (!offered.contains("set_goal")) {
            return new Step("no tool to steer with", List.of());
        }
        return new Step(String.format(Locale.ROOT, "heading for the goal region at (%.1f, %.1f)", region.x(),
                region.y()), List.of(setGoal(region)));
    }

    /**
     * A detour when stuck on the way to a goal region: a waypoint {@value #DETOUR} m to one side of the line to the
     * region (the side drawn at random), inside the arena, so that the body gets around what blocks it and then
     * heads for the region again.
     */
    private static Step detour(Observation observation, Set<String> offered) {
        if (!offered.contains("set_goal")) {
            return new Step("no tool to steer with", List.of());
        }
        Point region = observation.goalRegions().get(0);
        double bearing = Math.atan2(region.y() - observation.y(), region.x() - observation.x());
        double side = randomFor(observation).nextBoolean() ? Math.PI / 2 : -Math.PI / 2;
        double x = observation.x() + DETOUR * Math.cos(bearing + side) + 0.5 * Math.cos(bearing);
        double y = observation.y() + DETOUR * Math.sin(bearing + side) + 0.5 * Math.sin(bearing);
        Point waypoint = new Point(clampTo(x, observation.arenaWidth()), clampTo(y, observation.arenaHeight()));
        return new Step(String.format(Locale.ROOT, "stuck: detour by (%.1f, %.1f) on the way to the goal region",
                waypoint.x(), waypoint.y()), List.of(setGoal(waypoint)));
    }

    private static double clampTo(double value, double size) {
        double margin = Math.min(MARGIN / 2, size / 4);
        return Math.max(margin, Math.min(size - margin, value));
    }

    private Step towardsVisibleFood(Observation observation, Set<String> offered) {
        Point food = observation.foodVisible().get(0);
        Point goal = observation.goal();
        if (goal != null && goal.distanceTo(food.x(), food.y()) < SAME_PLACE) {
            return new Step("heading for the food in sight", List.of());
        }
        List<Call> calls = new ArrayList<>();
        if (offered.contains("remember")) {
            calls.add(new Call("remember", "{\"note\":\"food seen here\"}"));
        }
        if (offered.contains("set_goal")) {
            calls.add(setGoal(food));
        }
        if (offered.contains("broadcast")) {
            calls.add(new Call("broadcast", String.format(Locale.ROOT, "{\"text\":\"food at (%.1f, %.1f)\"}",
                    food.x(), food.y())));
        }
        return new Step(String.format(Locale.ROOT, "food in sight at (%.1f, %.1f)", food.x(), food.y()), calls);
    }

    /**
     * The nearest food another agent reported, away from here and nearer than {@code nearerThan} metres (the
     * current goal), as a step toward it; null if there is none.
     */
    private static Step towardsReportedFood(Observation observation, Set<String> offered, double nearerThan) {
        if (!offered.contains("set_goal")) {
            return null;
        }
        Point best = null;
        String from = null;
        for (Observation.Message message : observation.messages()) {
            Matcher food = FOOD_AT.matcher(message.text());
            if (food.find()) {
                Point place = new Point(Double.parseDouble(food.group(1)), Double.parseDouble(food.group(2)));
                double distance = place.distanceTo(observation.x(), observation.y());
                if (distance >= HERE_RADIUS && distance < nearerThan && (best == null
                        || distance < best.distanceTo(observation.x(), observation.y()))) {
                    best = place;
                    from = message.from();
                }
            }
        }
        return best == null ? null : new Step(String.format(Locale.ROOT, "going to food %s reported at (%.1f, %.1f)",
                from, best.x(), best.y()), List.of(setGoal(best)));
    }

    private Step afterRecall(Observation observation, String recallResult) {
        SplittableRandom random = randomFor(observation);
        Point best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Point place : places(recallResult)) {
            double distance = place.distanceTo(observation.x(), observation.y());
            if (distance >= HERE_RADIUS && distance < bestDistance) {
                best = place;
                bestDistance = distance;
            }
        }
        // Now and then explore anyway, so that an agent that knows one food place still finds others.
        if (best == null || random.nextInt(3) == 0) {
            return explore(observation, best == null ? "no remembered food elsewhere: exploring"
                    : "exploring for more food", Set.of("set_goal"), null);
        }
        return new Step(String.format(Locale.ROOT, "returning to remembered food at (%.1f, %.1f)", best.x(),
                best.y()), List.of(setGoal(best)));
    }

    /**
     * Sets a goal at a far point of the arena: the farthest of four random points from here, or, when the body got
     * stuck on its way to {@code failedGoal}, the farthest from that goal, so that it leaves the trap instead of
     * heading back into it.
     */
    private Step explore(Observation observation, String reason, Set<String> offered, Point failedGoal) {
        if (!offered.contains("set_goal")) {
            return new Step("no tool to steer with", List.of());
        }
        SplittableRandom random = randomFor(observation);
        Point far = null;
        double farthest = -1;
        for (int i = 0; i < 4; i++) {
            Point candidate = new Point(
                    MARGIN + random.nextDouble() * Math.max(0, observation.arenaWidth() - 2 * MARGIN),
                    MARGIN + random.nextDouble() * Math.max(0, observation.arenaHeight() - 2 * MARGIN));
            double distance = failedGoal != null ? candidate.distanceTo(failedGoal.x(), failedGoal.y())
                    : candidate.distanceTo(observation.x(), observation.y());
            if (distance > farthest) {
                far = candidate;
                farthest = distance;
            }
        }
        return new Step(reason, List.of(setGoal(far)));
    }

    private static List<Point> places(String recallResult) {
        List<Point> places = new ArrayList<>();
        try {
            JsonNode hits = JSON.readTree(recallResult);
            if (hits != null && hits.isArray()) {
                for (JsonNode hit : hits) {
                    if (hit.path("x").isNumber() && hit.path("y").isNumber()) {
                        places.add(new Point(hit.get("x").asDouble(), hit.get("y").asDouble()));
                    }
                }
            }
        } catch (JsonProcessingException e) {
            // An error text instead of a list: nothing recalled.
        }
        return places;
    }

    private static Call setGoal(Point p) {
        return new Call("set_goal", String.format(Locale.ROOT, "{\"x\":%.2f,\"y\":%.2f}", p.x(), p.y()));
    }

    /** A random stream that depends only on the observation, so that the planner stays deterministic. */
    private static SplittableRandom randomFor(Observation observation) {
        long seed = observation.agent().hashCode() * 0x9E3779B97F4A7C15L
                + Math.round(observation.timeS() * 1000) * 31 + Math.round(observation.x() * 100);
        return new SplittableRandom(seed);
    }
}
