/// Every function of the formal-models catalogue (`shared/specs/formal-models.md`) under its dotted
/// id, in the catalogue's order, with its parameters in validation order. Each model declares its
/// own functions beside its code (`formalFunctions`, in `Models/`); this list only orders them.
public enum FormalCatalogue {
    /// The function with this id, if any.
    public static func function(_ id: String) -> FormalFunction? { all.first { $0.id == id } }

    public static let all: [FormalFunction] = [
        // §1 Richardson
        Richardson.formalFunctions,
        RichardsonNNation.formalFunctions,
        // §2 Lanchester and the offence–defence balance
        Lanchester.formalFunctions,
        OffenseDefenseBalance.formalFunctions,
        Lanchester.discreteFormalFunctions,
        // §3 Security-dilemma games
        SymmetricGame2x2.formalFunctions,
        JervisSecurityGame.formalFunctions,
        JervisWorld.formalFunctions,
        // §4 Trust (Kydd) and signals
        KyddTrust.formalFunctions,
        KyddPosterior.formalFunctions,
        SeparatingSignal.formalFunctions,
        // §5–7 Bargaining, commitment, signalling resolve
        FearonBargaining.formalFunctions,
        PowellPreventiveWar.formalFunctions,
        FearonSignalling.formalFunctions,
        // §8 Deterrence
        BeckerDeterrence.formalFunctions,
        DenialAndPunishment.formalFunctions,
        // §9 Alliances
        VolunteersDilemma.formalFunctions,
        AlliancePatterns.formalFunctions,
        AllianceCommitment.formalFunctions,
        BalanceOfThreat.formalFunctions,
        // §10 Repeated games and evolution
        RepeatedPrisonersDilemma.formalFunctions,
        ReplicatorTwoStrategy.formalFunctions,
        // §11 Contests
        TullockContest.formalFunctions,
    ].flatMap { $0 }
}
