import AnarchyCore
import AnarchyWorld

/// What one tick of a live run reports to the browser: the spec's per-tick outputs, the
/// alliance ties standing, the wars begun so far (all, between security seekers alone, from fear)
/// and the wealth war has destroyed, and per state whether it is alive, the mean belief its alive
/// neighbours hold that it is greedy (the map colours states by it) and its security community.
struct TickReport: Sendable {
    let json: JSONValue

    init(_ world: World, name: (Int) -> String) {
        let m = world.metrics(), snapshot = world.snapshot()
        var held = [Double](repeating: 0, count: snapshot.alive.count), holders = [Int](repeating: 0, count: snapshot.alive.count)
        for i in snapshot.alive.indices where snapshot.alive[i] {
            for (j, belief) in snapshot.beliefs(of: i) where snapshot.alive[j] {
                held[j] += belief
                holders[j] += 1
            }
        }
        var community = [Int?](repeating: nil, count: snapshot.alive.count)
        for (id, members) in world.communities { for m in members where m < community.count { community[m] = id } }
        let ties = world.allianceTies
        json = .members([
            "tick": .integer(m.tick), "alive": .integer(m.alive), "wars": .integer(m.wars), "meanShare": .number(m.meanShare),
            "spiral": .number(m.spiral), "alliances": .integer(ties.count),
            "warsBegun": .integer(world.warTally.begun), "seekerWars": .integer(world.warTally.seekerWars),
            "fearWars": .integer(world.warTally.fearWars), "wealthLost": .number(world.warTally.wealthLost),
            "ties": .array(ties.map { .array([.integer($0.a), .integer($0.b)]) }),
            "events": .array(world.events.compactMap { EventReport.json($0, name: name) }),
            "states": .array(snapshot.alive.indices.map { i in
                .members([
                    "alive": .bool(snapshot.alive[i]), "belief": holders[i] > 0 ? .number(held[i] / Double(holders[i])) : .null,
                    "community": community[i].map(JSONValue.integer) ?? .null,
                ])
            }),
        ])
    }
}

/// A run's controls, set by requests and read by the run between ticks.
enum RunCommand: String, Sendable {
    case pause, resume, step, stop
}

/// Where a run is.
enum RunStatus: String, Sendable {
    case running, paused, done, stopped
    case timedOut = "timed out"

    var finished: Bool { self == .done || self == .stopped || self == .timedOut }
}
