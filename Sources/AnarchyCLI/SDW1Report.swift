import AnarchyCore
import AnarchyRecords
import AnarchyWorld

/// What the SDW-1 commands print: a short human summary ending with the digest alone on the
/// last line, or one JSON object.
enum SDW1Report {
    /// The summary; `digest: false` leaves off the last line (for callers that add to the picture first).
    static func human(_ outcome: WorldRun.Outcome, digest: Bool = true, title: String? = nil) -> String {
        let p = outcome.world.parameters
        let m = outcome.final
        var lines = [
            title ?? "SDW-1: \(p.n) states on a ring (k = \(p.k)), \(p.ticks) ticks, seed \(p.seed)",
            "  alive states         \(m.alive) of \(p.n)",
            "  wars                 \(warsLine(outcome.world, lastTick: m.wars))",
            "  mean spending share  \(PlainNumber.fixed(m.meanShare)) (last tick)",
            "  spiral index         \(PlainNumber.fixed(m.spiral)) (mean belief among neighbouring seekers that the other is greedy)",
        ]
        if digest { lines.append(outcome.world.digestHex) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "12 begun (15 rounds of war), 3 in the last tick; 2 between security seekers alone, 2 from fear; wealth destroyed 31.5".
    static func warsLine(_ world: World, lastTick: Int) -> String {
        let t = world.warTally
        var line = "\(t.begun) begun"
        if world.totalWars != t.begun { line += " (\(world.totalWars) rounds of war)" }
        line += ", \(lastTick) in the last tick"
        if t.begun > 0 {
            line += "; \(t.seekerWars) between security seekers alone, \(t.fearWars) from fear; wealth destroyed \(PlainNumber.fixed(t.wealthLost))"
        }
        return line
    }

    static func json(_ outcome: WorldRun.Outcome) -> String {
        let p = outcome.world.parameters
        let m = outcome.final
        var parameters = JSONMembers()
        for field in SDW1Parameters.Field.allCases {
            switch field {
            case .n: parameters.add("n", p.n)
            case .k: parameters.add("k", p.k)
            case .ticks: parameters.add("ticks", p.ticks)
            case .seed: parameters.add("seed", String(p.seed))  // text: R, Stata and JavaScript hold numbers above 2^53 inexactly
            default: parameters.add(field.name, field.value(in: p))
            }
        }
        var object = JSONMembers()
        object.add("model", "SDW-1")
        object.add("parameters", parameters)
        object.add("tick", m.tick)
        object.add("alive", m.alive)
        object.add("wars", outcome.world.totalWars)
        object.add("warsLastTick", m.wars)
        for field in outcome.world.warTally.fields { object.add(field.name, field.value) }
        object.add("meanShare", m.meanShare)
        object.add("spiral", m.spiral)
        object.add("offense", m.offense)
        object.add("defense", m.defense)
        object.add("wealth", m.wealth)
        object.add("digest", outcome.world.digestHex)
        return object.text + "\n"
    }
}
