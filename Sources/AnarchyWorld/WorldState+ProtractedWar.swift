import AnarchyCore

/// The wars still being fought (protracted-war mechanism), in the order they began. A class so
/// that the struct-of-arrays ``WorldState`` view shares it with its ``World``.
final class WarBook: @unchecked Sendable {
    struct Entry {
        let attacker: Int
        let target: Int
        let cause: War.Cause
        let threshold: Double
        var rounds: Int
    }
    var ongoing: [Entry] = []
    /// The next scripted war (a `war` policy) to begin, in ``WorldState/scriptedWars``.
    var nextScripted = 0
}

extension WorldState {
    /// Enters a war whose first round left it undecided (``Mechanisms/ProtractedWar``).
    func enterWar(_ war: War) {
        warBook.ongoing.append(
            WarBook.Entry(attacker: war.attacker, target: war.target, cause: war.cause, threshold: war.threshold, rounds: war.round))
        warCount[war.attacker] += 1
        warCount[war.target] += 1
    }

    /// Start of phase 4 with protracted war: every war in the book, in the order they began, fights
    /// its next round (``fight(_:_:tick:threshold:cause:round:rng:stale:)``). A war ends when a
    /// round decides it, when its last allowed round passes (stalemate), or when either side has
    /// fallen in another war (no battle then). Returns the rounds fought.
    func continueWars(tick: Int, rng: inout SplitMix64, stale: inout Int, record: (WorldEvent) -> Void) -> Int {
        var rounds = 0
        var still: [WarBook.Entry] = []
        for var entry in warBook.ongoing {
            var continues = false
            if alive[entry.attacker] && alive[entry.target] {
                entry.rounds += 1
                rounds += 1
                let war = fight(
                    entry.attacker, entry.target, tick: tick, threshold: entry.threshold, cause: entry.cause, round: entry.rounds,
                    rng: &rng, stale: &stale)
                record(.war(war))
                continues = war.continues
            }
            if continues {
                still.append(entry)
            } else {
                warCount[entry.attacker] -= 1
                warCount[entry.target] -= 1
            }
        }
        warBook.ongoing = still
        return rounds
    }
}
