import AnarchyCore
import AnarchyWorld
import AnarchyScenarioFiles

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A run's record in a directory (`anarchy run … --out DIR`), for reading, plotting and
/// `anarchy explain`: `series.csv` (one row per tick: SDW-1's columns, then misperception, power
/// concentration and conquests), `events.csv` (one row per event with the
/// numbers that decided it), `final.csv` (every state at the end) and `run.json` (the scenario,
/// seed, parameters, digest and version, and under `scenario_file` the whole scenario as a
/// scenario file: `anarchy run` accepts it back, so every recorded run can be repeated), and `crises.csv` (each crisis of the crisis mechanism:
/// the demand, the target's private cost, accepted or not), `alliances.csv` (alliances formed,
/// joined by bandwagoning, expanded and read by rivals, dissolved; guarantees, withdrawals,
/// neutrality), `identities.csv` (identity shifts) and `communities.csv` (security communities'
/// births, members joining and leaving, deaths).
public final class RunRecord {
    /// `events.csv`'s header: its columns are declared once, by ``WarAccount/columns``.
    public static let eventsHeader = WarAccount.header
    public static let finalHeader = "state,name,greedy,alive,wealth,initial_wealth,offense,defense,share"

    let directory: String
    private let scenario: Scenario
    private let series: CSVLineFile
    private let events: CSVLineFile
    private let crises: CSVLineFile
    private let alliances: CSVLineFile
    private let identities: CSVLineFile
    private let communities: CSVLineFile
    public static let alliancesHeader = "tick,kind,a,a_name,b,b_name,threat,threat_name,bloc_size,readers,belief_before,belief_after"
    public static let identitiesHeader = "tick,observer,observer_name,other,other_name,from,to,amity"
    public static let communitiesHeader = "tick,kind,community,states"
    public static let crisesHeader = "tick,challenger,challenger_name,target,target_name,win_probability,stake,demand,expected_war_probability,target_cost,accepted,challenger_estimate,target_estimate"
    private var eventCount = 0
    /// Each state's motive (fixed at initialisation).
    private var greedy: [Bool] = []

    public init(directory: String, scenario: Scenario) throws {
        try OutputDirectory.create(directory, flag: "--out")
        self.directory = directory
        self.scenario = scenario
        series = try CSVLineFile(path: directory + "/series.csv", flag: "--out", header: TickMetrics.csvHeader + "," + SystemMetrics.csvHeader)
        events = try CSVLineFile(path: directory + "/events.csv", flag: "--out", header: Self.eventsHeader)
        crises = try CSVLineFile(path: directory + "/crises.csv", flag: "--out", header: Self.crisesHeader)
        alliances = try CSVLineFile(path: directory + "/alliances.csv", flag: "--out", header: Self.alliancesHeader)
        identities = try CSVLineFile(path: directory + "/identities.csv", flag: "--out", header: Self.identitiesHeader)
        communities = try CSVLineFile(path: directory + "/communities.csv", flag: "--out", header: Self.communitiesHeader)
    }

    func name(_ i: Int) -> String { scenario.states[i].name ?? "S\(i)" }

    /// States' names joined by `;`, quoted for CSV.
    func names(_ states: [Int]) -> String { CSV.quote(states.map(name).joined(separator: ";")) }

    /// After each tick: its metrics row and its events.
    public func record(_ world: World) {
        if greedy.isEmpty { greedy = world.snapshot().greedy }
        let m = world.metrics()
        series.write(SeriesFile.row(m) + "," + world.systemMetrics().csvFields)
        for event in world.events {
            switch event {
            case let .alliance(a):
                let reading = a.kind == .expanded ? "\(a.blocSize),\(a.readers),\(CSV.number(a.beliefBefore)),\(CSV.number(a.beliefAfter))" : ",,,"
                alliances.write(
                    "\(a.tick),\(a.kind.rawValue),\(a.a),\(CSV.quote(name(a.a))),\(a.b),\(CSV.quote(name(a.b))),"
                        + (a.threat.map { "\($0),\(CSV.quote(name($0)))" } ?? ",") + "," + reading)
            case let .identity(shift):
                identities.write(
                    "\(shift.tick),\(shift.observer),\(CSV.quote(name(shift.observer))),\(shift.other),\(CSV.quote(name(shift.other))),"
                        + "\(shift.from.name),\(shift.to.name),\(CSV.number(shift.amity))")
            case let .community(change):
                communities.write("\(change.tick),\(change.kind.rawValue),\(change.community),\(names(change.states))")
            case let .crisis(c):
                crises.write(
                    "\(c.tick),\(c.challenger),\(CSV.quote(name(c.challenger))),\(c.target),\(CSV.quote(name(c.target))),"
                        + [c.winProbability, c.stake, c.demand, c.expectedWarProbability, c.targetCost].map(CSV.number).joined(separator: ",")
                        + ",\(c.accepted),\(CSV.number(c.challengerEstimate)),\(CSV.number(c.targetEstimate))")
            case let .war(w):
                eventCount += 1
                events.write(WarAccount(w, event: eventCount, name: name, greedy: greedy).row)
            }
        }
    }

    /// The mechanisms whose settings `run.json` also keeps at its top level, snake_cased (as it
    /// did before it kept the whole scenario as `scenario_file`): `anarchy explain` and older
    /// readers look there.
    static let mechanismsRecordedApart = ["deterrence", "preventiveWar"]

    /// The final state and the run's description; reports any write error.
    public func finish(_ world: World, threads: Int) throws {
        try series.finish()
        try events.finish()
        try crises.finish()
        try alliances.finish()
        try identities.finish()
        try communities.finish()
        let final = try CSVLineFile(path: directory + "/final.csv", flag: "--out", header: Self.finalHeader)
        let s = world.snapshot()
        for i in 0..<world.count {
            final.write("\(i),\(CSV.quote(name(i))),\(s.greedy[i]),\(s.alive[i]),"
                + [s.wealth[i], s.initialWealth[i], s.offense[i], s.defense[i], s.share[i]].map(CSV.number).joined(separator: ","))
        }
        try final.finish()
        var parameters = JSONMembers()
        for field in SDW1Parameters.Field.allCases where !field.isWhole {
            parameters.add(field.name, field.value(in: world.parameters))
        }
        var run = JSONMembers()
        run.add("scenario", scenario.name)
        run.add("description", scenario.summary)
        run.add("seed", String(world.parameters.seed))  // text: R, Stata and JavaScript hold numbers above 2^53 inexactly
        run.add("ticks", world.tick)
        run.add("states", world.count)
        run.add("parameters", parameters)
        run.add("perspective_taking", scenario.mechanisms.perspectiveTaking)
        for key in Self.mechanismsRecordedApart {
            guard let declaration = Mechanisms.declarations.first(where: { $0.key == key }), declaration.isOn(scenario.mechanisms) else { continue }
            let settings = ScenarioEncoder.settings(scenario.mechanisms, declaration.fields, defaults: declaration.defaults)
            run.add(key.snakeCased, .object(settings.map { ($0.key.snakeCased, $0.value) }))
        }
        // The scenario as a file `anarchy run` accepts, its seed as text like the record's own.
        var file = ScenarioEncoder.json(scenario)
        if case let .object(members) = file {
            file = .object(members.map { $0.key == "seed" ? (key: "seed", value: .string(String(scenario.seed))) : $0 })
        }
        run.add("scenario_file", file)
        run.add("events", eventCount)
        for field in world.warTally.fields { run.add(field.name.snakeCased, field.value) }
        run.add("digest", world.digestHex)
        run.add("version", AnarchyVersion.string)
        run.add("threads", threads)
        run.add("manifest", BuildManifest.current.json(threads: threads))
        try TextFile.write(run.text + "\n", to: directory + "/run.json", flag: "--out")
    }
}
