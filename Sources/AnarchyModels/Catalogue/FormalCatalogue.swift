/// Every function of the formal-models catalogue (`shared/specs/formal-models.md`) under its dotted
/// id, in the catalogue's order, with its parameters in validation order.
public enum FormalCatalogue {
    /// The function with this id, if any.
    public static func function(_ id: String) -> FormalFunction? { all.first { $0.id == id } }

    public static let all: [FormalFunction] =
        richardson + lanchester + securityGames + trust + bargaining + deterrence + alliances + evolution + contests

    // MARK: §1 Richardson

    private static let richardsonCoefficients: [ParameterDoc] = [
        ParameterDoc("k", "X's reaction (defence) coefficient to Y's arms", "≥ 0"),
        ParameterDoc("l", "Y's reaction coefficient to X's arms", "≥ 0"),
        ParameterDoc("a", "X's fatigue/expense coefficient", "> 0"),
        ParameterDoc("b", "Y's fatigue/expense coefficient", "> 0"),
        ParameterDoc("g", "X's grievance (negative = goodwill)", "any real"),
        ParameterDoc("h", "Y's grievance", "any real"),
    ]
    private static let richardsonStart: [ParameterDoc] = [
        ParameterDoc("x0", "X's initial level (negative = cooperation)", "any real"),
        ParameterDoc("y0", "Y's initial level", "any real"),
    ]
    private static let richardsonSource = "Richardson 1960; Rapoport 1957; catalogue §1"

    static let richardson: [FormalFunction] = [
        FormalFunction(
            "richardson.equilibrium", "Richardson arms race: equilibrium, eigenvalues and stability (ab > kl)",
            .standard, citation: richardsonSource, parameters: richardsonCoefficients
        ) { r throws(FormalModelError) in Richardson.equilibrium(try Richardson.Coefficients(r)) },
        FormalFunction(
            "richardson.trajectory", "Richardson arms race: the closed-form levels (x, y) at time t", .standard,
            citation: richardsonSource,
            parameters: richardsonCoefficients + richardsonStart + [ParameterDoc("t", "time", "≥ 0")]
        ) { r throws(FormalModelError) in
            let c = try Richardson.Coefficients(r), start = try Richardson.Start(r)
            return Richardson.trajectory(c, from: start, at: try r.real("t", .nonNegative))
        },
        FormalFunction(
            "richardson.outcome", "Richardson arms race: stable, runaway, disarmament, knife-edge or neutral from a start",
            .standard, citation: richardsonSource, parameters: richardsonCoefficients + richardsonStart
        ) { r throws(FormalModelError) in
            Richardson.outcome(try Richardson.Coefficients(r), from: try Richardson.Start(r))
        },
        FormalFunction(
            "richardson.discrete", "Richardson arms race in discrete time (forward Euler) and its stability",
            .standard, citation: richardsonSource,
            parameters: richardsonCoefficients + richardsonStart + [
                ParameterDoc("dt", "time step", "> 0"),
                ParameterDoc("steps", "number of steps (at most 100000000)", "integer ≥ 0"),
            ]
        ) { r throws(FormalModelError) in
            let c = try Richardson.Coefficients(r), start = try Richardson.Start(r)
            let dt = try r.real("dt", .positive)
            return Richardson.discrete(c, from: start, dt: dt, steps: try r.integer("steps", minimum: 0, maximum: Richardson.maximumSteps))
        },
        FormalFunction(
            "richardson.n_nation", "Richardson's n-nation model: M-matrix stability test and equilibrium",
            .standard, citation: "Richardson 1960; Berman & Plemmons 1994; catalogue §1.2",
            parameters: [
                ParameterDoc("K", "reaction matrix, K[i][j] = reaction of i to j", "n×n, n ≥ 2, zero diagonal, off-diagonal ≥ 0"),
                ParameterDoc("a", "fatigue coefficients", "n numbers > 0"),
                ParameterDoc("g", "grievances", "n numbers"),
            ]
        ) { r throws(FormalModelError) in RichardsonNNation.analyse(try RichardsonNNation.Parameters(r)) },
    ]

    // MARK: §2 Lanchester and the offence–defence balance

    private static let forces: [ParameterDoc] = [
        ParameterDoc("red0", "Red's initial force", "≥ 0"),
        ParameterDoc("blue0", "Blue's initial force", "≥ 0"),
        ParameterDoc("rho", "Red's per-unit effectiveness against Blue", "> 0"),
        ParameterDoc("beta", "Blue's per-unit effectiveness against Red", "> 0"),
    ]
    private static let queryTime = ParameterDoc("t", "time at which to report the forces", "≥ 0", default: "optional")
    private static let law = ParameterDoc("law", "attrition law", "square | linear")

    static let lanchester: [FormalFunction] = [
        FormalFunction(
            "lanchester.square", "Lanchester's square law (aimed fire): winner, survivors, annihilation time",
            .published, citation: "Lanchester 1916; Taylor 1983; catalogue §2.1", parameters: forces + [queryTime]
        ) { r throws(FormalModelError) in
            Lanchester.square(try Lanchester.Forces(r), at: try Lanchester.queryTime(r))
        },
        FormalFunction(
            "lanchester.linear", "Lanchester's linear law (area fire): winner and survivors", .published,
            citation: "Lanchester 1916; Taylor 1983; catalogue §2.2", parameters: forces + [queryTime]
        ) { r throws(FormalModelError) in
            Lanchester.linear(try Lanchester.Forces(r), at: try Lanchester.queryTime(r))
        },
        FormalFunction(
            "lanchester.mixed", "Deitchman's mixed law: a conventional force against a concealed one", .published,
            citation: "Deitchman 1962; catalogue §2.3", parameters: forces + [queryTime]
        ) { r throws(FormalModelError) in
            Lanchester.mixed(try Lanchester.Forces(r), at: try Lanchester.queryTime(r))
        },
        FormalFunction(
            "lanchester.requirement", "Required attacker:defender force ratio and the Glaser–Kaufmann ODB", .derived,
            citation: "Glaser & Kaufmann 1998; Mearsheimer 1989; catalogue §2.4",
            parameters: [
                law, ParameterDoc("defender_advantage", "defender's per-unit effectiveness / attacker's (m)", "> 0"),
                ParameterDoc("cost_ratio", "cost per attacker unit / cost per defender unit", "> 0", default: "1"),
                ParameterDoc("survivor_fraction", "share of the attacker's force that must survive", "in [0, 1)", default: "0"),
            ]
        ) { r throws(FormalModelError) in
            let law: OffenseDefenseBalance.Law = try r.choice("law")
            let m = try r.real("defender_advantage", .positive)
            let cost = try r.real("cost_ratio", .positive, default: 1)
            let s = try r.real("survivor_fraction", .unitBelowOne, default: 0)
            return OffenseDefenseBalance.requirement(law: law, defenderAdvantage: m, costRatio: cost, survivorFraction: s)
        },
        FormalFunction(
            "lanchester.implied_advantage", "The defender advantage a k:1 rule of thumb implies (3:1 → 9 or 3)",
            .derived, citation: "Epstein 1989; catalogue §2.4",
            parameters: [law, ParameterDoc("force_ratio", "the rule's attacker:defender ratio k", "> 0")]
        ) { r throws(FormalModelError) in
            let law: OffenseDefenseBalance.Law = try r.choice("law")
            return OffenseDefenseBalance.impliedAdvantage(law: law, forceRatio: try r.real("force_ratio", .positive))
        },
        FormalFunction(
            "lanchester.square_discrete", "Lanchester's square law stepped in discrete time (the simulation's rule)",
            .standard, citation: "Lanchester 1916; catalogue §2.5",
            parameters: forces + [
                ParameterDoc("dt", "time step", "> 0"),
                ParameterDoc("steps", "number of steps (at most 100000000)", "integer ≥ 0"),
            ]
        ) { r throws(FormalModelError) in
            let f = try Lanchester.Forces(r)
            let dt = try r.real("dt", .positive)
            return Lanchester.squareDiscrete(f, dt: dt, steps: try r.integer("steps", minimum: 0, maximum: Richardson.maximumSteps))
        },
    ]

    // MARK: §3 Security-dilemma games

    private static let payoffs: [ParameterDoc] = [
        ParameterDoc("R", "payoff of mutual cooperation (CC)", "any real"),
        ParameterDoc("S", "payoff of cooperating against defection (CD)", "any real"),
        ParameterDoc("T", "payoff of defecting against cooperation (DC)", "any real"),
        ParameterDoc("P", "payoff of mutual defection (DD)", "any real"),
    ]

    static let securityGames: [FormalFunction] = [
        FormalFunction(
            "game2x2.symmetric", "Symmetric 2×2 game: type, pure equilibria, mixed equilibrium, belief threshold",
            .standard, citation: "Jervis 1978; Harsanyi & Selten 1988; catalogue §3.1", parameters: payoffs
        ) { r throws(FormalModelError) in try SymmetricGame2x2(r).analysis },
        FormalFunction(
            "jervis.security_game", "Jervis's security game from stake, arming cost, offence advantage, distinguishability",
            .derived, citation: "after Jervis 1978 and Glaser 1997; catalogue §3.2",
            parameters: [
                ParameterDoc("v", "stake (value of territory/security)", "> 0"),
                ParameterDoc("kappa", "cost of arming", "> 0"),
                ParameterDoc("omega", "probability an undetected offensive succeeds (offence dominance)", "in [0, 1]"),
                ParameterDoc("d", "distinguishability: probability preparation is recognised in time", "in [0, 1]"),
                ParameterDoc("r", "peace dividend of mutual restraint", "≥ 0"),
            ]
        ) { r throws(FormalModelError) in JervisSecurityGame.analyse(try JervisSecurityGame.Parameters(r)) },
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

    // MARK: §4 Trust (Kydd) and signals

    private static let kyddTypes: [ParameterDoc] = [
        ParameterDoc("c", "cost of being exploited", "> 0"),
        ParameterDoc("g_low", "temptation of the trustworthy type (security seeker)", "in [0, 1)"),
        ParameterDoc("g_high", "temptation of the untrustworthy type (greedy)", "> 1"),
    ]

    static let trust: [FormalFunction] = [
        FormalFunction(
            "kydd.sd_two_type", "Security Dilemma Game with two types: trust threshold and the trusting equilibrium",
            .derived, citation: "after Kydd 1997, 2005; catalogue §4.1",
            parameters: kyddTypes + [
                ParameterDoc("pi1", "probability player 1 is trustworthy (2's trust in 1)", "in [0, 1]"),
                ParameterDoc("pi2", "probability player 2 is trustworthy (1's trust in 2)", "in [0, 1]"),
            ]
        ) { r throws(FormalModelError) in
            let types = try KyddTrust.Types(r)
            let pi1 = try r.real("pi1", .unit)
            return KyddTrust.twoType(types, pi1: pi1, pi2: try r.real("pi2", .unit))
        },
        FormalFunction(
            "kydd.sd_uniform", "Security Dilemma Game with uniform temptations: cooperative cutoff equilibria",
            .derived, citation: "after Kydd 2005; catalogue §4.2",
            parameters: [
                ParameterDoc("c", "cost of being exploited", "> 0"),
                ParameterDoc("g_max", "upper end of the uniform temptation distribution", "> 1"),
            ]
        ) { r throws(FormalModelError) in
            let c = try r.real("c", .positive)
            return KyddTrust.uniform(c: c, gMax: try r.real("g_max", .greaterThan(1)))
        },
        FormalFunction(
            "kydd.sequential", "Reassurance by moving first: the first mover's trust threshold c/(1+c)", .derived,
            citation: "after Kydd 2000; catalogue §4.3",
            parameters: kyddTypes + [ParameterDoc("pi2", "first mover's trust in the responder", "in [0, 1]")]
        ) { r throws(FormalModelError) in
            let types = try KyddTrust.Types(r)
            return KyddTrust.sequential(types, pi2: try r.real("pi2", .unit))
        },
        FormalFunction(
            "kydd.posterior", "Bayesian updating of trust from noisy observed moves (the rational spiral)", .derived,
            citation: "after Kydd 1997; catalogue §4.4",
            parameters: [
                ParameterDoc("prior", "initial belief that the other is trustworthy", "in [0, 1]"),
                ParameterDoc("sigma_T", "probability the trustworthy type plays C", "in [0, 1]"),
                ParameterDoc("sigma_U", "probability the untrustworthy type plays C", "in [0, 1]"),
                ParameterDoc("epsilon", "probability each move is misperceived", "in [0, 0.5]"),
                ParameterDoc("observations", "observed moves in order", "string over {C, D}"),
            ]
        ) { r throws(FormalModelError) in try KyddPosterior.update(try KyddPosterior.Parameters(r)) },
        FormalFunction(
            "signal.separating", "Separating costly signal (Spence): when only the trustworthy type signals",
            .standard, citation: "Spence 1973; Kydd 2000; catalogue §4.5",
            parameters: [
                ParameterDoc("B_T", "value of being believed trustworthy to the trustworthy type", "≥ 0"),
                ParameterDoc("B_U", "value of being believed trustworthy to the untrustworthy type", "≥ 0"),
                ParameterDoc("k_T", "signal cost per unit for the trustworthy type", "> 0", default: "1"),
                ParameterDoc("k_U", "signal cost per unit for the untrustworthy type", "> 0", default: "1"),
            ]
        ) { r throws(FormalModelError) in SeparatingSignal.analyse(try SeparatingSignal.Parameters(r)) },
    ]

    // MARK: §5–7 Bargaining, commitment, signalling resolve

    private static let defender: [ParameterDoc] = [
        ParameterDoc("v_L", "the irresolute type's value of the issue", "> 0"),
        ParameterDoc("v_H", "the resolved type's value of the issue", "> v_L"),
        ParameterDoc("p", "defender's probability of winning a war", "in (0, 1)"),
        ParameterDoc("c", "defender's cost of war (p·v_H − c ≥ 0 > p·v_L − c)", "> 0"),
        ParameterDoc("theta", "probability the challenger is tough", "in [0, 1)"),
        ParameterDoc("pi_H", "prior probability of the resolved type", "in [0, 1]"),
    ]

    static let bargaining: [FormalFunction] = [
        FormalFunction(
            "fearon.range", "Fearon's bargaining range: the divisions both sides prefer to war", .published,
            citation: "Fearon 1995; catalogue §5.1",
            parameters: [
                ParameterDoc("p", "probability A wins a war", "in [0, 1]"),
                ParameterDoc("c_A", "A's cost of war", "≥ 0"), ParameterDoc("c_B", "B's cost of war", "≥ 0"),
                ParameterDoc("r_A", "A's risk exponent (1 neutral, < 1 averse, > 1 acceptant)", "> 0", default: "1"),
                ParameterDoc("r_B", "B's risk exponent", "> 0", default: "1"),
            ]
        ) { r throws(FormalModelError) in
            let p = try r.real("p", .unit)
            let costA = try r.real("c_A", .nonNegative), costB = try r.real("c_B", .nonNegative)
            let riskA = try r.real("r_A", .positive, default: 1), riskB = try r.real("r_B", .positive, default: 1)
            return FearonBargaining.range(p: p, costA: costA, costB: costB, riskA: riskA, riskB: riskB)
        },
        FormalFunction(
            "fearon.screening", "Risk–return trade-off: optimal demand against a privately known cost of war",
            .derived, citation: "after Fearon 1995; catalogue §5.2",
            parameters: [
                ParameterDoc("p", "probability A wins a war", "in [0, 1]"),
                ParameterDoc("c_A", "A's cost of war", "≥ 0"),
                ParameterDoc("c_lo", "lowest possible cost of war for B", "≥ 0"),
                ParameterDoc("c_hi", "highest possible cost of war for B", "> c_lo"),
            ]
        ) { r throws(FormalModelError) in
            let p = try r.real("p", .unit), costA = try r.real("c_A", .nonNegative)
            let low = try r.real("c_lo", .nonNegative)
            let high = try r.real("c_hi", .greaterThan(low, "c_lo"))
            return FearonBargaining.screening(p: p, costA: costA, costLow: low, costHigh: high)
        },
        FormalFunction(
            "fearon.preemption", "Preemption: mutual first-strike advantages larger than the costs of war",
            .published, citation: "Fearon 1995; Schelling 1960; catalogue §5.3",
            parameters: [
                ParameterDoc("pA_first", "probability A wins if A strikes first", "in [0, 1]"),
                ParameterDoc("pB_first", "probability B wins if B strikes first", "in [0, 1]"),
                ParameterDoc("c_A", "A's cost of war", "≥ 0"), ParameterDoc("c_B", "B's cost of war", "≥ 0"),
            ]
        ) { r throws(FormalModelError) in
            let a = try r.real("pA_first", .unit), b = try r.real("pB_first", .unit)
            let costA = try r.real("c_A", .nonNegative)
            return FearonBargaining.preemption(pAFirst: a, pBFirst: b, costA: costA, costB: try r.real("c_B", .nonNegative))
        },
        FormalFunction(
            "powell.preventive", "Preventive war as a commitment problem under shifting power", .derived,
            citation: "after Fearon 1995 and Powell 2006; catalogue §6",
            parameters: [
                ParameterDoc("p1", "rising state's probability of winning before the shift", "in [0, 1]"),
                ParameterDoc("p2", "rising state's probability of winning after the shift", "in [0, 1]"),
                ParameterDoc("c_D", "declining state's cost of war", "≥ 0"),
                ParameterDoc("c_R", "rising state's cost of war", "≥ 0"),
                ParameterDoc("horizon", "two stages or an infinite horizon", "two_stage | infinite", default: "two_stage"),
                ParameterDoc(
                    "stage2_split", "what the declining state gets after the shift", "max_concession | min_concession",
                    default: "max_concession"),
                ParameterDoc("delta", "weight of stage 2 / discount factor", "in (0, 1] two-stage; in [0, 1) infinite"),
                ParameterDoc("phi", "value divisible before the shift (two-stage only)", "≥ 0", default: "0"),
            ]
        ) { r throws(FormalModelError) in PowellPreventiveWar.analyse(try PowellPreventiveWar.Parameters(r)) },
        FormalFunction(
            "fearon97.sunk_costs", "Signalling resolve by sinking costs (mobilisation): the separating equilibrium",
            .derived, citation: "after Fearon 1997; catalogue §7", parameters: defender
        ) { r throws(FormalModelError) in FearonSignalling.sunkCosts(try FearonSignalling.Defender(r)) },
        FormalFunction(
            "fearon97.tying_hands", "Signalling resolve by tying hands (audience costs): regime and risk of war",
            .derived, citation: "after Fearon 1997; catalogue §7",
            parameters: defender + [ParameterDoc("a", "audience cost paid on backing down", "≥ 0")]
        ) { r throws(FormalModelError) in
            let d = try FearonSignalling.Defender(r)
            return FearonSignalling.tyingHands(d, audienceCost: try r.real("a", .nonNegative))
        },
    ]

    // MARK: §8 Deterrence

    static let deterrence: [FormalFunction] = [
        FormalFunction(
            "becker.threshold", "Becker: the certainty of punishment that deters, under CARA risk attitudes",
            .derived, citation: "Becker 1968; catalogue §8.1",
            parameters: [
                ParameterDoc("b", "offender's gain", "> 0"), ParameterDoc("f", "sanction if caught", "> 0"),
                ParameterDoc("alpha", "CARA coefficient (> 0 risk-averse, < 0 risk-loving)", "any real", default: "0"),
                ParameterDoc("p", "probability of being caught", "in [0, 1]", default: "optional"),
            ]
        ) { r throws(FormalModelError) in
            let b = try r.real("b", .positive), f = try r.real("f", .positive)
            let alpha = try r.real("alpha", .any, default: 0)
            return BeckerDeterrence.threshold(gain: b, sanction: f, alpha: alpha, probability: try r.optionalReal("p", .unit))
        },
        FormalFunction(
            "deterrence.attack", "Deterrence by denial versus punishment: is an attack worth it?", .derived,
            citation: "after Snyder 1961 and Becker 1968; catalogue §8.2",
            parameters: [
                ParameterDoc("q", "probability the attack succeeds", "in [0, 1]"),
                ParameterDoc("G", "gain if it succeeds", "> 0"), ParameterDoc("L", "loss if it fails", "≥ 0"),
                ParameterDoc("c_war", "cost of fighting", "≥ 0"),
                ParameterDoc("r", "probability of retaliation", "in [0, 1]"),
                ParameterDoc("P", "size of punishment", "≥ 0"),
            ]
        ) { r throws(FormalModelError) in DenialAndPunishment.attack(try DenialAndPunishment.Parameters(r)) },
    ]

    // MARK: §9 Alliances

    static let alliances: [FormalFunction] = [
        FormalFunction(
            "alliance.volunteers", "Buck-passing as a volunteer's dilemma among N great powers", .published,
            citation: "Diekmann 1985; Christensen & Snyder 1990; catalogue §9.1",
            parameters: [
                ParameterDoc("N", "number of great powers", "integer ≥ 2"),
                ParameterDoc("b", "benefit to all when someone balances", "> c"),
                ParameterDoc("c", "cost to the power that balances", "> 0"),
            ]
        ) { r throws(FormalModelError) in
            let (n, b, c) = try VolunteersDilemma.read(r)
            return VolunteersDilemma.analyse(powers: n, benefit: b, cost: c)
        },
        FormalFunction(
            "alliance.christensen_snyder", "Chain-ganging or buck-passing from polarity and the perceived ODB",
            .published, citation: "Christensen & Snyder 1990 (verbal); catalogue §9.2",
            parameters: [
                ParameterDoc("polarity", "the system's polarity", "bipolar | multipolar"),
                ParameterDoc("perceived_odb", "perceived offence–defence balance (Glaser–Kaufmann ratio)", "> 0"),
            ]
        ) { r throws(FormalModelError) in
            let polarity: AlliancePatterns.Polarity = try r.choice("polarity")
            return AlliancePatterns.predict(polarity: polarity, perceivedODB: try r.real("perceived_odb", .positive))
        },
        FormalFunction(
            "alliance.commitment", "Abandonment versus entrapment: a stylised optimal commitment (not Snyder's model)",
            .derived, citation: "stylised after Snyder 1984; catalogue §9.3",
            parameters: [
                ParameterDoc("A", "cost of being abandoned", "≥ 0"), ParameterDoc("E", "cost of being entrapped", "≥ 0"),
                ParameterDoc("a0", "abandonment risk at zero commitment", "in [0, 1]"),
                ParameterDoc("e0", "entrapment risk at full commitment", "in [0, 1]"),
            ]
        ) { r throws(FormalModelError) in try AllianceCommitment.optimise(try AllianceCommitment.Parameters(r)) },
        FormalFunction(
            "walt.threat", "Balance-of-threat index (an operationalisation of Walt's four sources)",
            .operationalisation, citation: "Walt 1985, 1987; Boulding 1962; catalogue §9.4",
            parameters: [
                ParameterDoc("power_share", "aggregate power share", "in [0, 1]"),
                ParameterDoc("offense", "offensive capability", "in [0, 1]"),
                ParameterDoc("intent", "perceived aggressive intentions", "in [0, 1]"),
                ParameterDoc("distance", "distance to the threatening state", "≥ 0"),
                ParameterDoc("reach", "distance at which power no longer projects", "> 0"),
                ParameterDoc("weights", "weights of power, proximity, offense, intent", "four numbers ≥ 0 summing to 1", default: "[0.25, 0.25, 0.25, 0.25]"),
            ]
        ) { r throws(FormalModelError) in BalanceOfThreat.assess(try BalanceOfThreat.Parameters(r)) },
    ]

    // MARK: §10 Repeated games and evolution

    static let evolution: [FormalFunction] = [
        FormalFunction(
            "repeated.grim_trigger", "Grim trigger: the discount factor that sustains cooperation in a repeated PD",
            .standard, citation: "Axelrod & Keohane 1985; catalogue §10.1",
            parameters: payoffs + [ParameterDoc("delta", "discount factor or continuation probability", "in [0, 1)")]
        ) { r throws(FormalModelError) in
            let game = try RepeatedPrisonersDilemma.payoffs(r)
            return RepeatedPrisonersDilemma.grimTrigger(game, delta: try r.real("delta", .unitBelowOne))
        },
        FormalFunction(
            "repeated.tft", "Tit for tat's collective stability (Axelrod's Proposition 2)", .published,
            citation: "Axelrod 1984; catalogue §10.2",
            parameters: payoffs + [ParameterDoc("w", "continuation probability", "in [0, 1)")]
        ) { r throws(FormalModelError) in
            let game = try RepeatedPrisonersDilemma.payoffs(r)
            return RepeatedPrisonersDilemma.titForTat(game, w: try r.real("w", .unitBelowOne))
        },
        FormalFunction(
            "replicator.two_strategy", "Two-strategy replicator dynamics: rest points, stability, basin, x(t)",
            .standard, citation: "Taylor & Jonker 1978; Skyrms 2004; catalogue §10.3",
            parameters: payoffs + [
                ParameterDoc("x0", "initial share of cooperators", "in [0, 1]"), ParameterDoc("t", "time", "≥ 0"),
            ]
        ) { r throws(FormalModelError) in
            let game = try SymmetricGame2x2(r)
            let x0 = try r.real("x0", .unit)
            return ReplicatorTwoStrategy.analyse(game, x0: x0, t: try r.real("t", .nonNegative))
        },
    ]

    // MARK: §11 Contests

    static let contests: [FormalFunction] = [
        FormalFunction(
            "contest.csf", "Tullock's contest success function: player 1's probability of winning", .published,
            citation: "Tullock 1980; Hirshleifer 1989; Skaperdas 1996; catalogue §11.1",
            parameters: [
                ParameterDoc("x1", "player 1's arming", "≥ 0"), ParameterDoc("x2", "player 2's arming", "≥ 0"),
                ParameterDoc("m", "decisiveness (offensiveness of conflict technology)", "> 0"),
            ]
        ) { r throws(FormalModelError) in
            let x1 = try r.real("x1", .nonNegative), x2 = try r.real("x2", .nonNegative)
            return TullockContest.successProbability(x1: x1, x2: x2, m: try r.real("m", .positive))
        },
        FormalFunction(
            "contest.tullock", "Two-player arming contest: the pure-strategy equilibrium", .derived,
            citation: "Tullock 1980; Nti 1999; catalogue §11.2",
            parameters: [
                ParameterDoc("V1", "prize value to player 1", "> 0"), ParameterDoc("V2", "prize value to player 2", "> 0"),
                ParameterDoc("m", "decisiveness", "> 0"),
            ]
        ) { r throws(FormalModelError) in
            let v1 = try r.real("V1", .positive), v2 = try r.real("V2", .positive)
            return try TullockContest.twoPlayer(v1: v1, v2: v2, m: try r.real("m", .positive))
        },
        FormalFunction(
            "contest.tullock_n", "n-player symmetric arming contest: equilibrium arming and dissipation", .standard,
            citation: "Pérez-Castrillo & Verdier 1992; catalogue §11.3",
            parameters: [
                ParameterDoc("n", "number of players", "integer ≥ 2"), ParameterDoc("V", "prize", "> 0"),
                ParameterDoc("m", "decisiveness", "> 0"),
            ]
        ) { r throws(FormalModelError) in
            let n = try r.integer("n", minimum: 2), v = try r.real("V", .positive)
            return try TullockContest.symmetric(players: n, prize: v, m: try r.real("m", .positive))
        },
    ]
}
