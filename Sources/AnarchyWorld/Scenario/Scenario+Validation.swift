import AnarchyCore

extension Scenario {
    /// The largest number of states and of directed neighbour slots a scenario may have (memory).
    public static let maximumStates = 10_000_000
    public static let maximumSlots = 100_000_000

    /// Checks every field against its domain; the first problem is thrown, naming its path.
    public func validate() throws(ScenarioError) {
        try problems().first.map { error throws(ScenarioError) in throw error }
    }

    /// A number as people write it: whole values without ".0".
    static func show(_ x: Double) -> String { PlainNumber.text(x) }

    /// Every problem found (for `anarchy validate`), in the order of the file's fields.
    public func problems() -> [ScenarioError] {
        var found: [ScenarioError] = []
        if ticks < 0 || ticks > 10_000_000 { found.append(ScenarioError("ticks", "must be in 0…10000000, got \(ticks)")) }
        var probe = system
        probe.n = Swift.max(3, states.count)
        probe.k = 1
        probe.ticks = 0
        do throws(ParameterError) {
            try probe.validate()
        } catch {
            let field = error.fields.first.map { "system.\($0.name)" } ?? "system"
            found.append(ScenarioError(field, "must be \(error.domain), got \(error.value)"))
        }
        if states.count < 2 || states.count > Self.maximumStates {
            found.append(ScenarioError("states", "must hold 2…\(Self.maximumStates) states, got \(states.count)"))
        }
        var names = Set<String>()
        for (i, state) in states.enumerated() {
            let at = "states[\(i)]"
            if let name = state.name {
                if name.isEmpty { found.append(ScenarioError("\(at).name", "must not be empty")) }
                if !names.insert(name).inserted { found.append(ScenarioError("\(at).name", "\"\(name)\" names two states")) }
            }
            if case let .probability(p)? = state.motive, !(p >= 0 && p <= 1) {
                found.append(ScenarioError("\(at).motive", "a probability of greed must be in 0…1, got \(Self.show(p))"))
            }
            if let w = state.wealth, !(w.isFinite && w > 0) { found.append(ScenarioError("\(at).wealth", "must be > 0, got \(Self.show(w))")) }
            if !(state.offense.isFinite && state.offense >= 0) { found.append(ScenarioError("\(at).offense", "must be ≥ 0, got \(Self.show(state.offense))")) }
            if !(state.defense.isFinite && state.defense >= 0) { found.append(ScenarioError("\(at).defense", "must be ≥ 0, got \(Self.show(state.defense))")) }
            if !(state.retaliation.isFinite && state.retaliation >= 0) {
                found.append(ScenarioError("\(at).retaliation", "must be ≥ 0, got \(Self.show(state.retaliation))"))
            } else if state.retaliation > 0 && mechanisms.deterrence == nil {
                found.append(ScenarioError("\(at).retaliation", "a retaliation stock needs mechanisms.deterrence (punishment) to be on"))
            }
            if let id = state.doctrine {
                found += DoctrineRegistry.problems(id, settings: state.doctrineSettings, at: "\(at).doctrine")
            } else if !state.doctrineSettings.isEmpty {
                found.append(ScenarioError("\(at).doctrine", "parameters given without a doctrine id"))
            }
            if let k = state.skill, !(k.isFinite && k > 0 && k <= 100) {
                found.append(ScenarioError("\(at).skill", "must be in (0, 100], got \(Self.show(k))"))
            }
            if let g = state.growth {
                if !(g >= 0 && g <= 1) {
                    found.append(ScenarioError("\(at).growth", "must be in 0…1, got \(Self.show(g))"))
                } else if !(system.burden * system.sMax < 1 + g) {
                    found.append(ScenarioError("\(at).growth", "burden × sMax = \(system.burden * system.sMax) must be < 1 + growth = \(1 + g) (wealth must never be multiplied by a factor ≤ 0)"))
                }
            }
        }
        found += geography.problems(stateCount: states.count)
        found += mechanisms.problems()
        for (i, policy) in policies.enumerated() {
            found += policy.problems(at: "policies[\(i)]", stateCount: states.count, ticks: ticks, alliancesOn: mechanisms.alliances != nil)
        }
        for (i, belief) in beliefs.enumerated() { found += belief.problems(at: "beliefs[\(i)]", stateCount: states.count) }
        var institutionNames = Set<String>()
        for (i, institution) in institutions.enumerated() {
            found += institution.problems(at: "institutions[\(i)]", stateCount: states.count, ticks: ticks)
            if !institutionNames.insert(institution.name).inserted {
                found.append(ScenarioError("institutions[\(i)].name", "\"\(institution.name)\" names two institutions"))
            }
        }
        return found
    }
}
