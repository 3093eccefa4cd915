import AnarchyCore
import AnarchyWorld

extension WarTally {
    /// The tally as the JSON outputs write it, in order: each field's name in camelCase
    /// (`anarchy sdw1 --json`; `run.json` writes it snake_cased) and its value.
    public var fields: [(name: String, value: JSONValue)] {
        [
            ("warsBegun", .integer(begun)), ("seekerWars", .integer(seekerWars)), ("fearWars", .integer(fearWars)),
            ("unwarrantedShare", .number(unwarrantedShare)), ("wealthLost", .number(wealthLost)),
        ]
    }
}
