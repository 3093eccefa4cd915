extension Scenario {
    /// The world repeated `copies` times, so that a larger world keeps the composition of this
    /// one (the debate's 48-state variants of a 12-state claim; docs/DEBATE.md): state j of copy c
    /// (0-based) is state `c·n + j`, with the same fields and its name followed by " \(c + 1)" when
    /// c > 0; every scheduled policy, institution and initial belief is repeated within each copy, an
    /// institution's name followed by the copy's number. The geography is left as it is: the
    /// caller chooses the larger world's (a ring of the tiled states keeps each state's
    /// neighbourhood, but for the seams between copies).
    public func tiled(_ copies: Int) -> Scenario {
        precondition(copies >= 1, "a world is tiled at least once")
        var tiled = self
        let n = states.count
        tiled.states = (0..<copies).flatMap { c in
            states.map { state in
                var copy = state
                if c > 0, let name = state.name { copy.name = "\(name) \(c + 1)" }
                return copy
            }
        }
        tiled.policies = (0..<copies).flatMap { c in policies.map { $0.shifted(by: c * n) } }
        tiled.institutions = (0..<copies).flatMap { c in
            institutions.map { institution in
                var copy = institution
                copy.members = institution.members.map { $0 + c * n }
                if c > 0 { copy.name = "\(institution.name) \(c + 1)" }
                return copy
            }
        }
        tiled.beliefs = (0..<copies).flatMap { c in
            beliefs.map { InitialBelief(observer: $0.observer + c * n, neighbour: $0.neighbour + c * n, belief: $0.belief) }
        }
        return tiled
    }
}

extension Policy {
    /// The same lever on the states `offset` indices further on.
    func shifted(by offset: Int) -> Policy {
        switch action {
        case let .ally(a, b): Policy(tick: tick, action: .ally(a + offset, b + offset))
        case let .withdraw(a, b): Policy(tick: tick, action: .withdraw(a + offset, b + offset))
        case let .neutral(a): Policy(tick: tick, action: .neutral(a + offset))
        case let .war(a, b): Policy(tick: tick, action: .war(a + offset, b + offset))
        }
    }
}
