import AnarchyCore

/// Jervis's (1978) four worlds [published], catalogue §3.3: offence advantage × distinguishability
/// of offensive and defensive postures.
public struct JervisWorld: FormalResult, Equatable {
    public let offenseAdvantaged: Bool
    public let distinguishable: Bool

    public init(offenseAdvantaged: Bool, distinguishable: Bool) {
        self.offenseAdvantaged = offenseAdvantaged
        self.distinguishable = distinguishable
    }

    /// From numbers: `offense_advantaged = omega > 0.5`, `distinguishable = d > 0.5` (strict).
    public init(omega: Double, d: Double) {
        self.init(offenseAdvantaged: omega > 0.5, distinguishable: d > 0.5)
    }

    /// Each axis from its boolean when given, otherwise from its number (`omega`, `d` in [0, 1]).
    public init(_ r: ParameterReader) throws(FormalModelError) {
        let offense: Bool
        if let given = try r.optionalBool("offense_advantaged") {
            offense = given
        } else {
            offense = try r.real("omega", .unit) > 0.5
        }
        let distinguishable: Bool
        if let given = try r.optionalBool("distinguishable") {
            distinguishable = given
        } else {
            distinguishable = try r.real("d", .unit) > 0.5
        }
        self.init(offenseAdvantaged: offense, distinguishable: distinguishable)
    }

    /// 1 offence/indistinguishable, 2 defence/indistinguishable, 3 offence/distinguishable,
    /// 4 defence/distinguishable.
    public var number: Int {
        switch (offenseAdvantaged, distinguishable) {
        case (true, false): 1
        case (false, false): 2
        case (true, true): 3
        case (false, true): 4
        }
    }

    /// Jervis's verbal verdict.
    public var label: String {
        switch number {
        case 1: "doubly_dangerous"
        case 2: "security_dilemma_compatible"
        case 3: "aggression_possible_no_dilemma"
        default: "doubly_stable"
        }
    }

    public var json: JSONValue {
        .members([
            "world": .integer(number), "label": .string(label), "offense_advantaged": .bool(offenseAdvantaged),
            "distinguishable": .bool(distinguishable),
        ])
    }
}

// MARK: In the formal-models catalogue

extension JervisWorld {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "jervis.world", "Jervis's four worlds: offence/defence advantage × distinguishability", .published,
            citation: "Jervis 1978; catalogue §3.3",
            parameters: [
                ParameterDoc("offense_advantaged", "does offence have the advantage?", "true | false", default: "from omega"),
                ParameterDoc("omega", "offence advantage, used when offense_advantaged is absent (> 0.5 = yes)", "in [0, 1]", default: "—"),
                ParameterDoc("distinguishable", "can postures be told apart?", "true | false", default: "from d"),
                ParameterDoc("d", "distinguishability, used when distinguishable is absent (> 0.5 = yes)", "in [0, 1]", default: "—"),
            ]
        ) { r throws(FormalModelError) in try JervisWorld(r) },
    ]
}
