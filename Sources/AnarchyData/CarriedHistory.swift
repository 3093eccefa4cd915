import AnarchyWorld

/// What a multi-year world (``DisputeMemory/runUp``) carries from one year's world into the
/// next, by COW code: what the data do not record. Each year's states, capabilities, borders and
/// alliances come from that year's data; the world's own past supplies the rest —
/// - **motives**: a state keeps the motive it was drawn with in the first year of the run it
///   appeared in (SDW-1's motives are fixed within a run; Glaser 1997);
/// - **beliefs**: each observer starts the year with the belief about each neighbour it held at
///   the end of the last year the two were neighbours in the run (what it has seen, revealed
///   aggression and restraint included: Jervis 1976, ch. 3; Kydd 2005), in place of the prior or
///   the record's;
/// - **who has joined a war**: the pairs that fought on opposite sides of a war (attacker and
///   target, allies and joiners: `ModelForecast.opposingPairs`) whose two principals the
///   data show still at war at the end of the year (their war is under way into the next year)
///   are marked at war while it goes on. This is bookkeeping for the count, not a war the next
///   world is made to fight: a marked pair's dispute is under way, not begun, so it is not counted
///   again as an onset, whether or not the two fight again (the dyadic dispute data count a
///   dispute in its first year: Maoz et al. 2019). A state that stayed out may still join later and
///   is counted then; one that joined is counted once.
///
/// Every year handed in must carry its states' COW codes (`HistoricalYear.codes`).
struct CarriedHistory {
    /// An observer and the neighbour its belief is about, by COW code.
    struct Directed: Hashable {
        let observer: Int
        let neighbour: Int
    }

    /// Each state's motive (true: greedy), from the first year it appeared in the run.
    var greedy: [Int: Bool] = [:]
    /// Each directed pair's belief at the end of the last year it was a pair of neighbours.
    var beliefs: [Directed: Double] = [:]
    /// The pairs marked at war, each with the principals of the wars still under way it fought in.
    var atWar: [COWHistory.Pair: Set<COWHistory.Pair>] = [:]

    /// Where each directed pair's initial belief sits in `scenario.beliefs` (scenario indices):
    /// computed once per year's scenario, not once per run.
    static func positions(in scenario: Scenario) -> [Directed: Int] {
        var position: [Directed: Int] = [:]
        for (k, b) in scenario.beliefs.enumerated() { position[Directed(observer: b.observer, neighbour: b.neighbour)] = k }
        return position
    }

    /// `scenario` (built from `year`; `positions` its ``positions(in:)``) with the motives and
    /// beliefs carried so far: a carried belief replaces the one the scenario starts from (the
    /// prior's or the record's).
    func apply(to scenario: inout Scenario, _ year: HistoricalYear, positions position: [Directed: Int]) {
        precondition(year.codes.count == scenario.states.count, "history \(year.year): a multi-year world needs each state's COW code")
        for (i, code) in year.codes.enumerated() {
            if let g = greedy[code] { scenario.states[i].motive = g ? .greedy : .security }
        }
        guard !beliefs.isEmpty else { return }
        for d in year.dyads {
            for (o, n) in [(d.a, d.b), (d.b, d.a)] {
                guard let carried = beliefs[Directed(observer: year.codes[o], neighbour: year.codes[n])] else { continue }
                let b = Swift.min(InitialBelief.bounds.upperBound, Swift.max(InitialBelief.bounds.lowerBound, carried))
                if let k = position[Directed(observer: o, neighbour: n)] {
                    scenario.beliefs[k].belief = b
                } else {
                    scenario.beliefs.append(InitialBelief(observer: o, neighbour: n, belief: b))
                }
            }
        }
    }

    /// Takes in `world`, just run through `year`, before `next` (the following year): its motives
    /// and beliefs, and the pairs it put at war in wars the data show under way into `next`;
    /// pairs at war in wars that have ended are released.
    mutating func record(_ world: World, _ year: HistoricalYear, next: HistoricalYear) {
        let state = world.snapshot()
        let codes = year.codes
        precondition(codes.count == state.greedy.count && next.codes.count == next.scenario.states.count, "a multi-year world needs each state's COW code")
        for (i, code) in codes.enumerated() {
            greedy[code] = state.greedy[i]
            for (j, b) in state.beliefs(of: i) { beliefs[Directed(observer: code, neighbour: codes[j])] = b }
        }
        let goingOn = Set(next.warsUnderWay.map { COWHistory.Pair(next.codes[$0.attacker], next.codes[$0.target]) })
        atWar = atWar.compactMapValues { wars in
            let still = wars.intersection(goingOn)
            return still.isEmpty ? nil : still
        }
        for event in world.events {
            guard case let .war(w) = event else { continue }
            let principals = COWHistory.Pair(codes[w.attacker], codes[w.target])
            guard goingOn.contains(principals) else { continue }
            for (a, b) in ModelForecast.opposingPairs(w) { atWar[COWHistory.Pair(codes[a], codes[b]), default: []].insert(principals) }
        }
    }
}
