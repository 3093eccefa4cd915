import AnarchyCore
import AnarchyWorld

/// A run's record read back (`anarchy run … --out DIR`, ``RunRecord``): its `run.json` and the
/// wars of its `events.csv`, each of which can say in prose why it happened (`anarchy explain`).
public struct RecordedRun: Sendable {
    /// `run.json`: the scenario, its parameters and mechanisms' settings, the digest.
    public let run: JSONValue
    /// The rows of `events.csv`, in order (event 1 first).
    public let wars: [RecordedWar]

    /// Reads the record in `directory`.
    /// - Throws: `UsageError` naming the file: missing or unreadable, `run.json` not JSON,
    ///   `events.csv` not CSV, not of this version's columns, or a row of another length.
    public static func read(directory: String) throws -> RecordedRun {
        let runText = try TextFile.read(directory + "/run.json", flag: "explain")
        let run: JSONValue
        do { run = try JSONParser.parse(runText) } catch { throw UsageError("explain: \(directory)/run.json is not JSON: \(error.description)") }
        let eventsText = try TextFile.read(directory + "/events.csv", flag: "explain")
        let table: CSVTable
        do { table = try CSVTable.parse(Array(eventsText.utf8), file: directory + "/events.csv") } catch { throw UsageError("explain: \(error.description)") }
        guard table.header.joined(separator: ",") == RunRecord.eventsHeader else {
            throw UsageError("explain: \(directory)/events.csv does not start with the events header of this version")
        }
        return RecordedRun(run: run, wars: table.rows.map { RecordedWar(fields: $0) })
    }
}

/// One war of a run's record (a row of `events.csv`): its one-line summary and the prose that
/// explains it from its cause ledger (docs/MODEL.md, Decision ledger) and the run's settings.
public struct RecordedWar: Sendable {
    let f: Row

    init(fields: [String]) { f = Row(fields) }

    /// One CSV row as a lookup by column name (events.csv's header).
    struct Row: Sendable {
        let values: [String: String]
        init(_ fields: [String]) {
            let names = RunRecord.eventsHeader.split(separator: ",").map(String.init)
            values = Dictionary(zip(names, fields), uniquingKeysWith: { first, _ in first })
        }
        subscript(_ column: String) -> String { values[column] ?? "" }
        func flag(_ column: String) -> Bool { self[column] == "true" }
        /// A `;`-separated list of names as "A, B", or nil when empty.
        func names(_ column: String) -> String? { self[column].isEmpty ? nil : self[column].replacingAll(";", with: ", ") }
    }

    /// `N  tick T  A attacked B (kind) (round R): outcome`.
    public var oneLine: String {
        let round = f["round"] == "1" ? "" : " (round \(f["round"]))"
        let kind = f["kind"] == "war" ? "" : " (\(f["kind"]))"
        let outcome = !f.flag("decided") ? (f.flag("continues") ? "undecided, fighting on" : "stalemate") : (f.flag("attacker_won") ? "won" : "lost")
        return "\(f["event"])  tick \(f["tick"])  \(f["attacker_name"]) attacked \(f["target_name"])\(kind)\(round): \(outcome)\(f.flag("target_conquered") ? ", conquered" : "")"
    }

    func number(_ text: String) -> String { Double(text).map(PlainNumber.fourDecimals) ?? text }

    /// How a rule id reads in prose.
    func rule(_ id: String) -> String {
        switch id {
        case "sdw1-greedy": "SDW-1's rule for a greedy state (attack the weakest neighbour when offense beats attackRatio × β × its defense)"
        case "sdw1-seeker": "SDW-1's rule for a security seeker (which never attacks except in a preventive war)"
        default: "its doctrine, \(id) (see docs/MODEL.md, Doctrines)"
        }
    }

    /// Why it happened, in prose: who decided, by which rule, with which numbers, what the
    /// alternatives were and how the draw fell. `run`: the record's `run.json`.
    public func prose(run: JSONValue) -> String {
        let beta = run["parameters"]?["beta"]?.numberValue ?? .nan
        let ratio = run["parameters"]?["attackRatio"]?.numberValue ?? .nan
        let won = f.flag("attacker_won")
        let attacker = f["attacker_name"], target = f["target_name"]
        let scenario = run["scenario"].map { if case let .string(s) = $0 { s } else { "" } } ?? "the run"
        let round = Int(f["round"]) ?? 1
        var text: String
        if round > 1 {
            text = "Event \(f["event"]), tick \(f["tick"]) of \(scenario): round \(round) of \(attacker)'s war on \(target) (protracted war: the earlier rounds left it undecided).\n"
        } else if f["kind"] == "preventive war" {
            let costD = run["preventive_war"]?["cost_declining"]?.numberValue ?? .nan
            let costR = run["preventive_war"]?["cost_rising"]?.numberValue ?? .nan
            let horizon = run["preventive_war"]?["horizon"]?.numberValue ?? .nan
            text = "Event \(f["event"]), tick \(f["tick"]) of \(scenario): a preventive war.\n"
            text += "- Who decided: \(attacker) (state \(f["attacker"])), a security seeker — only the preventive-war mechanism makes seekers attack.\n"
            text += "- Why: \(target) (state \(f["target"])) was rising. \(attacker) reckoned \(target)'s chance of winning a war now at p1 = \(number(f["rising_now"])) and, after \(number(String(horizon))) ticks of the current growth, at p2 = \(number(f["rising_later"])).\n"
            text += "- The commitment problem (Powell 2006, two-stage, via `anarchy formal powell.preventive`): war now was worth W = (1 − p1)·δ − c_D = \(number(f["war_value"])) to \(attacker), the best peace \(target) could credibly offer V = δ·min(1, 1 − p2 + c_R) = \(number(f["peace_value"])) (c_D = \(number(String(costD))), c_R = \(number(String(costR)))). W > V, so it fought; of its rising neighbours, this one had the largest margin.\n"
            if !f["weighed_belief"].isEmpty {
                text += "- Fear of intentions: \(attacker) weighed its belief that \(target) is greedy, \(number(f["weighed_belief"])), so the shift counted only as far as \(target) was expected to press it: p2 above is p1 + belief × (the projected p2 − p1) (Levy 1987; Copeland 2000).\n"
            }
        } else if f["kind"] == "preemptive war" {
            let motive = { (column: String) in f.flag(column) ? "a greedy state" : "a security seeker" }
            let lambda = run["scenario_file"]?["mechanisms"]?["preemption"]?["reciprocalFear"]?.numberValue ?? .nan
            let decision = PreemptiveDecision(
                belief: Double(f["fear_belief"]) ?? .nan, reflected: Double(f["reflected_belief"]) ?? .nan, danger: Double(f["danger"]) ?? .nan,
                firstStrike: Double(f["first_strike"]) ?? .nan, enemyFirstStrike: Double(f["enemy_first_strike"]) ?? .nan,
                cost: Double(f["war_cost"]) ?? .nan)
            let cost = decision.cost, credible = decision.credibleEnemyFirstStrike
            text = "Event \(f["event"]), tick \(f["tick"]) of \(scenario): a preemptive war — \(attacker) struck first for fear of being struck.\n"
            text += "- Who decided: \(attacker) (state \(f["attacker"])), \(motive("attacker_greedy")), against \(target) (state \(f["target"])), \(motive("target_greedy"))\(!f.flag("attacker_greedy") && !f.flag("target_greedy") ? ": two security seekers, a war neither wanted (an unwarranted war)" : "").\n"
            text += "- The fear: \(attacker) believed \(target) greedy with probability b = \(number(f["fear_belief"])), and reckoned that \(target) believed \(attacker) greedy with probability r = \(number(f["reflected_belief"])) — its own arms as \(target) would read them through δ and σ (he thinks that I think: Schelling 1960). \(target)'s offense as \(attacker) saw it could beat attackRatio × β × \(attacker)'s defense, so the danger that \(target) would strike was π = b + (1 − b)·λ·r = \(number(f["danger"])) (λ = \(number(String(lambda))), the weight of reciprocal fear).\n"
            text += "- Striking first: \(attacker)'s chance if it struck first was p = \(number(f["first_strike"])); \(target)'s if \(target) struck first, \(number(f["enemy_first_strike"])). Weighed by the danger, \(target)'s first strike was worth \(number(String(credible))) to it, and the expected mutual first-strike advantage π·(p_A + p_B − 1) = \(number(String(decision.expectedAdvantage))) exceeded the costs of war 2c = \(number(String(2 * cost))): no bargain was left that both preferred to striking first (Fearon 1995; repeat it with `anarchy formal fearon.preemption --pA_first \(f["first_strike"]) --pB_first \(credible) --c_A \(f["war_cost"]) --c_B \(f["war_cost"])`). Of the neighbours it feared, this one had the largest margin.\n"
        } else if f["kind"] == "war of misjudgement" {
            text = "Event \(f["event"]), tick \(f["tick"]) of \(scenario): a war of misjudgement.\n"
            text += "- Who decided: \(attacker) (state \(f["attacker"])), a greedy state that SDW-1's rule did not send to war.\n"
            text += "- Why: its chance of winning against \(target) was \(number(f["win_probability"])), but it judged it higher — by more than its own cost of war (crisis mechanism, misjudgement: Blainey 1973, Fearon 1995). It demanded a share of the stake; \(target), judging \(attacker)'s chance lower, refused. crises.csv (tick \(f["tick"])) gives both estimates, the demand and \(target)'s cost.\n"
        } else {
            text = "Event \(f["event"]), tick \(f["tick"]) of \(scenario): a war.\n"
            text += "- Who decided: \(attacker) (state \(f["attacker"])), by \(rule(f["rule"])). final.csv shows its true motive.\n"
            let passed = f["passed_over"].split(separator: ";").map { part -> String in
                let pair = part.split(separator: "=", maxSplits: 1)
                return pair.count == 2 ? "\(pair[0]) (defense \(number(String(pair[1]))))" : String(part)
            }
            let own = (Double(f["threshold"]) ?? .nan) / (ratio * beta)
            let allied = run["scenario_file"]?["mechanisms"]?["alliances"] != nil
            text += allied
                ? "- Target: \(target) (state \(f["target"])), the alive neighbour, not an ally, with the least defense reckoned with the help \(attacker) expected its allies to bring (\(number(String(own)))); ties go to the lowest index. "
                : "- Target: \(target) (state \(f["target"])), the alive neighbour with the least effective defense of its own (\(number(String(own)))); ties go to the lowest index. "
            text += passed.isEmpty ? "It had no other alive neighbour.\n" : "Passed over: \(passed.joined(separator: ", ")).\n"
            let withAllies = f["attacker_allies"].isEmpty ? "" : " (with its allies' this round)"
            text += "- Why attack: its offense \(number(f["attacker_offense"]))\(withAllies) met its rule; SDW-1's threshold is attackRatio × β × defense = \(number(String(ratio))) × \(number(String(beta))) × \(number(String(own))) = \(number(f["threshold"])).\n"
        }
        if round == 1, let ticks = Int(f["mobilised"]), ticks > 0 {
            text += "- Mobilisation: \(attacker) mobilised for \(ticks) tick\(ticks == 1 ? "" : "s") before it struck, spending its most on offence — a surge its neighbours could see through δ and the noise, and a warning \(target) had\(f.flag("target_mobilising") ? "; \(target) was itself mobilising when it was struck" : "").\n"
        } else if round == 1 && f.flag("target_mobilising") {
            text += "- Mobilisation: \(target) was mobilising for war when \(attacker) struck: its surge of offence, seen through δ and the noise, was part of what \(attacker) feared.\n"
        }
        if round == 1 && !f["attacker_belief"].isEmpty {
            text += "- Beliefs at the decision: \(attacker) believed \(target) greedy with probability \(number(f["attacker_belief"])), and \(target) believed the same of \(attacker) with probability \(number(f["target_belief"])); \(attacker) felt a threat of \(number(f["attacker_threat"])) (phase 1).\(f.flag("target_signalled") ? " \(target) had just sent a costly reassurance signal." : "")\n"
        }
        if !f["attacker_allies"].isEmpty || !f["target_allies"].isEmpty {
            let joined = [
                f.names("attacker_allies").map { "\($0) fought beside \(attacker)" }, f.names("target_allies").map { "\($0) defended \(target)" },
            ].compactMap { $0 }
            text += "- Joining sides: \(joined.joined(separator: "; ")); the strengths above include what they brought.\n"
        }
        if Double(f["draw"]) == -1 && f.flag("decided") {
            text += "- The fight: fought out under Lanchester's square law (mechanism lanchester): the attacker \(won ? "destroyed the defense and won" : "was destroyed or could not destroy the defense in time, and failed"); the survivors are the new stocks.\n"
        } else if !f.flag("decided") {
            text += "- The fight: the round did not decide the war (its chance of winning a decisive round was \(number(f["win_probability"]))); both sides took the round's losses. \(f.flag("continues") ? "The war goes on next tick." : "It had reached the last allowed round and ended in a stalemate, with no spoils.")\n"
        } else {
            text += "- The fight: its chance of winning was o²/(o² + (β·d)²) = \(number(f["win_probability"])); the draw was \(number(f["draw"])), \(won ? "below" : "not below") it, so the attacker \(won ? "won" : "lost"). Both sides lost the share `attrition` of the forces engaged.\n"
        }
        if won {
            text += "- Outcome: \(attacker) took \(number(f["wealth_taken"])) wealth from \(target)\(f.flag("target_conquered") ? ", which fell below conquest × its initial wealth and was conquered (its remaining wealth went to the victor)" : "").\n"
        }
        if !f["honoured_by"].isEmpty || !f["abandoned_by"].isEmpty {
            let parts = [
                f.names("honoured_by").map { "\($0) honoured their alliance with \(target)" },
                f.names("abandoned_by").map { "\($0) abandoned it (unwilling, or judging itself safe from \(attacker) alone: buck-passing), ending the alliance" },
            ].compactMap { $0 }
            text += "- Allies: \(parts.joined(separator: "; ")).\n"
        }
        if let paid = Double(f["audience_cost"]), paid > 0 {
            text += "- Audience cost: \(attacker) had tied its hands with a public commitment this tick and paid \(number(f["audience_cost"])) of its wealth for breaking it (signalling by tying hands).\n"
        }
        if let paid = Double(f["defection_cost"]), paid > 0 {
            text += "- Defection: \(attacker) and \(target) share an institution; \(attacker) judged the expected spoils worth more than the cost of defection and paid \(number(f["defection_cost"])) of its wealth.\n"
        }
        if let punished = Double(f["punishment"]), punished > 0 {
            text += "- Punishment: \(target) retaliated and destroyed \(number(f["punishment"])) of \(attacker)'s wealth (deterrence mechanism).\n"
        }
        text += "- Afterwards every neighbour of \(attacker) became certain it is greedy (aggression reveals type).\n"
        return text
    }
}
