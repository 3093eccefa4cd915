import AnarchyCore
import AnarchyWorld

extension WarTally {
    /// The tally as the JSON outputs write it, in order: each field's name in camelCase
    /// (`anarchy sdw1 --json`) and snake_case (`run.json`), and its value.
    public var fields: [(camel: String, snake: String, value: JSONValue)] {
        [
            ("warsBegun", "wars_begun", .integer(begun)), ("seekerWars", "seeker_wars", .integer(seekerWars)),
            ("fearWars", "fear_wars", .integer(fearWars)), ("unwarrantedShare", "unwarranted_share", .number(unwarrantedShare)),
            ("wealthLost", "wealth_lost", .number(wealthLost)),
        ]
    }
}
