/// A community builder (Deutsch 1957; Adler & Barnett 1998): acts as a member of a security
/// community would — it arms only at `spending × s0` (the baseline by default, at most sMax), buys defense only, never starts a war,
/// and defends every neighbour that is attacked, whatever it believes of the attacker
/// (collective security: an attack on one is an attack on all). With no alliances or identities
/// in the engine yet, this is the community's behaviour without its institutions.
public struct CommunityBuilder: Doctrine {
    public static let metadata = DoctrineMetadata(
        id: "community-builder", name: "Community builder", school: "constructivism (security communities)",
        stance: .transcender, uses: ["parameters"], stochastic: false, citation: "Deutsch 1957; Adler & Barnett 1998")
    public static let parameters = [DoctrineParameter.spending]
    public let spending: Double
    public init(settings: [String: Double] = [:]) { spending = Self.value("spending", in: settings) }
    public func allocation(_ o: DoctrineObservation) -> DoctrineAllocation { o.restrained(spending: spending) }
    public func attacks(_ o: DoctrineObservation, ownOffense: Double, targetDefense: Double) -> Bool { false }
    public func joins(_ observation: DoctrineObservation, war: WarView) -> WarSide? { .defender }
}
