package org.astrocyte.scenarios.live;

import org.astrocyte.scenarios.report.SelfContainedPage;

/**
 * The live view's page: the arena drawing of the run report ({@code arena.js}, the same file) fed by the server's
 * event stream ({@code live.js}), with the agents' state and the latest events beside it.
 */
final class LivePage {

    private static final String RESOURCES = "org/astrocyte/scenarios/report/";

    private LivePage() {
    }

    static String render() {
        return new SelfContainedPage("Astrocyte live")
                .style(RESOURCES + "report.css")
                .style(RESOURCES + "run-report.css")
                .html("""
                        <h1>Live: <span id="live-title">waiting for the run to start</span></h1>
                        <p class="subtitle"><span id="live-status" class="banner">connecting</span>
                          <span class="clock">t = <strong id="live-time">0.0</strong> s</span>
                          <span id="live-count" class="muted"></span></p>
                        <div class="replay">
                          <div class="arena-wrap"><canvas id="arena" aria-label="the arena"></canvas></div>
                          <aside class="side">
                            <div class="controls"><label><input type="checkbox" id="rays" checked> rays</label>
                              <label>trail <select id="trail"><option value="60">last 60 s</option>
                                <option value="10">last 10 s</option><option value="full">all kept</option>
                              </select></label></div>
                            <table class="states"><thead><tr><th>agent</th><th>x</th><th>y</th><th>energy</th>
                              <th>control</th></tr></thead><tbody id="live-agents"></tbody></table>
                            <h3>Latest events</h3>
                            <ol id="live-events" class="events"></ol>
                            <div class="legend">
                              <div><span class="swatch" style="background:#e8590c"></span>reflex overrides the
                                planner (body and trail)</div>
                              <div>&#10005; planner goal; food in green (dotted while it regrows)</div>
                            </div>
                          </aside>
                        </div>
                        <p class="hint">The run is paced to the wall clock so that it can be watched; the server
                        keeps the last events and trails for pages opened late.</p>""")
                .script(RESOURCES + "arena.js")
                .script(RESOURCES + "live.js")
                .render();
    }
}
