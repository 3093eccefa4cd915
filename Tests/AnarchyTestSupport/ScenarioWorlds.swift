import AnarchyScenarioFiles
import AnarchyWorld

/// Worlds the scenario and mechanism tests share.
public enum ScenarioWorlds {
    /// The digest of the world a scenario file's text describes, run to its horizon.
    public static func digest(_ text: String) throws -> String {
        let scenario = try ScenarioFile.parse(text)
        let world = try World(scenario: scenario)
        world.run(ticks: scenario.ticks)
        return world.digestHex
    }

    /// SDW-1 on a ring of `states` (k = 2) for `ticks`, as parameters and as a scenario; large
    /// enough rings (≥ 4,096 slots) run phases 2–3 on several threads.
    public static func sdw1Ring(states: Int, ticks: Int) -> (SDW1Parameters, Scenario) {
        var p = SDW1Parameters()
        p.n = states
        p.k = 2
        p.ticks = ticks
        return (p, Scenario.sdw1(p))
    }
}
