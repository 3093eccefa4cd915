import AnarchyCore
import ArgumentParser

/// `anarchy explain DIR --event ID`: why an event happened, in prose, from a run's record.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain an event of a recorded run (anarchy run … --out DIR) from its cause ledger.",
        discussion: """
            With --event, tells why that event happened: who decided, by which rule, with which \
            numbers, what the alternatives were and how the draw fell. Without it, lists the \
            run's events one per line.
            """)

    @Argument(help: ArgumentHelp("The directory written by 'anarchy run … --out DIR'.", valueName: "dir"))
    var directory: String

    @Option(name: .customLong("event"), help: ArgumentHelp("The event's number (the first column of events.csv).", valueName: "id"))
    var event: String?

    func run() throws {
        let runText = try TextFile.read(directory + "/run.json", flag: "explain")
        let run: JSONValue
        do { run = try JSONParser.parse(runText) } catch { throw UsageError("explain: \(directory)/run.json is not JSON: \(error.description)") }
        let lines = try TextFile.read(directory + "/events.csv", flag: "explain").split(separator: "\n")
        guard lines.first.map(String.init) == RunRecord.eventsHeader else {
            throw UsageError("explain: \(directory)/events.csv does not start with the events header of this version")
        }
        let rows = lines.dropFirst().map(CSVLineFile.fields)
        guard let event else {
            if rows.isEmpty { Console.out("no events in this run\n") }
            Console.out(rows.map { Self.oneLine($0) }.joined(separator: "\n") + (rows.isEmpty ? "" : "\n"))
            return
        }
        let id = try FlagValue.whole(event, flag: "--event", default: 1, range: 1...Swift.max(1, rows.count))
        guard rows.count >= id else {
            throw UsageError("--event \(event): this run has \(rows.count) event\(rows.count == 1 ? "" : "s")")
        }
        let fields = RunRecord.eventsHeader.split(separator: ",").count
        guard rows[id - 1].count == fields else {
            throw UsageError("explain: row \(id) of \(directory)/events.csv has \(rows[id - 1].count) fields, expected \(fields) (edited, or written by another version?)")
        }
        Console.out(Self.prose(rows[id - 1], run: run))
    }

    static func oneLine(_ f: [String]) -> String {
        "\(f[0])  tick \(f[1])  \(f[4]) attacked \(f[6])\(f[2] == "war" ? "" : " (\(f[2]))"): \(f[12] == "true" ? "won" : "lost")\(f[14] == "true" ? ", conquered" : "")"
    }

    static func number(_ text: String) -> String {
        guard let x = Double(text) else { return text }
        let rounded = (x * 1e4).rounded() / 1e4
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : "\(rounded)"
    }

    static func prose(_ f: [String], run: JSONValue) -> String {
        let beta = run["parameters"]?["beta"]?.numberValue ?? .nan
        let ratio = run["parameters"]?["attackRatio"]?.numberValue ?? .nan
        let won = f[12] == "true"
        let scenario = run["scenario"].map { if case let .string(s) = $0 { s } else { "" } } ?? "the run"
        var text: String
        if f[2] == "preventive war" {
            let costD = run["preventive_war"]?["cost_declining"]?.numberValue ?? .nan
            let costR = run["preventive_war"]?["cost_rising"]?.numberValue ?? .nan
            let horizon = run["preventive_war"]?["horizon"]?.numberValue ?? .nan
            text = "Event \(f[0]), tick \(f[1]) of \(scenario): a preventive war.\n"
            text += "- Who decided: \(f[4]) (state \(f[3])), a security seeker — only the preventive-war mechanism makes seekers attack.\n"
            text += "- Why: \(f[6]) (state \(f[5])) was rising. \(f[4]) reckoned \(f[6])'s chance of winning a war now at p1 = \(number(f[15])) and, after \(number(String(horizon))) ticks of the current growth, at p2 = \(number(f[16])).\n"
            text += "- The commitment problem (Powell 2006, two-stage, via `anarchy formal powell.preventive`): war now was worth W = (1 − p1)·δ − c_D = \(number(f[17])) to \(f[4]), the best peace \(f[6]) could credibly offer V = δ·min(1, 1 − p2 + c_R) = \(number(f[18])) (c_D = \(number(String(costD))), c_R = \(number(String(costR)))). W > V, so it fought; of its rising neighbours, this one had the largest margin.\n"
        } else {
            text = "Event \(f[0]), tick \(f[1]) of \(scenario): a war.\n"
            text += "- Who decided: \(f[4]) (state \(f[3])). Under SDW-1's rule only greedy states attack (phase 4), so the attack reveals greed — unless the scenario gave it an attacking doctrine (offensive realist, greedy opportunist); final.csv shows its true motive.\n"
            text += "- Target: \(f[6]) (state \(f[5])), the alive neighbour with the least defense (\(number(f[8]))); ties go to the lowest index. Its other alive neighbours had at least as much defense and were passed over.\n"
            text += "- Why attack: its offense \(number(f[7])) exceeded attackRatio × β × defense = \(number(String(ratio))) × \(number(String(beta))) × \(number(f[8])) = \(number(f[9])).\n"
        }
        if Double(f[11]) == -1 {
            text += "- The fight: fought out under Lanchester's square law (mechanism lanchester): the attacker \(won ? "destroyed the defense and won" : "could not destroy the defense in time and failed"); the survivors are the new stocks.\n"
        } else {
            text += "- The fight: its chance of winning was o²/(o² + (β·d)²) = \(number(f[10])); the draw was \(number(f[11])), \(won ? "below" : "not below") it, so the attacker \(won ? "won" : "lost"). Both sides lost the share `attrition` of the forces engaged.\n"
        }
        if won {
            text += "- Outcome: \(f[4]) took \(number(f[13])) wealth from \(f[6])\(f[14] == "true" ? ", which fell below conquest × its initial wealth and was conquered (its remaining wealth went to the victor)" : "").\n"
        }
        if let punished = Double(f[19]), punished > 0 {
            text += "- Punishment: \(f[6]) retaliated and destroyed \(number(f[19])) of \(f[4])'s wealth (deterrence mechanism).\n"
        }
        text += "- Afterwards every neighbour of \(f[4]) became certain it is greedy (aggression reveals type).\n"
        return text
    }
}
