/// One optional mechanism as scenario files know it: its key under `mechanisms:`, what it does,
/// and its settings lifted onto ``Mechanisms`` (absent when the mechanism is off). Built from the
/// settings type's own declaration (``MechanismSettings``), so a mechanism's fields are written
/// down once, beside its settings.
public struct MechanismDeclaration: Sendable {
    /// The key under `mechanisms:` (camelCase), e.g. `preventiveWar`.
    public let key: String
    /// What the mechanism does, in a sentence.
    public let summary: String
    /// Settings a document must give when it switches the mechanism on.
    public let required: [String]
    /// Its settings, in the order documents write them.
    public let fields: [SettingField<Mechanisms>]
    /// Whether the mechanism is on.
    public let isOn: @Sendable (Mechanisms) -> Bool
    /// Switches the mechanism on with its default settings (a document's `key: {}`).
    public let switchOn: @Sendable (inout Mechanisms) -> Void
    /// Every problem of its settings, at `mechanisms.KEY.FIELD` (none when off).
    public let problems: @Sendable (Mechanisms) -> [ScenarioError]

    /// The mechanisms with only this one on, at its default settings.
    public var defaults: Mechanisms {
        var mechanisms = Mechanisms()
        switchOn(&mechanisms)
        return mechanisms
    }

    /// The path of the mechanism in a scenario document.
    public var path: String { "mechanisms.\(key)" }

    /// A mechanism whose settings are `nil` (off) or a ``MechanismSettings`` value (on).
    static func optional<Settings: MechanismSettings>(_ key: String, _ keyPath: any WritableKeyPath<Mechanisms, Settings?> & Sendable) -> Self {
        let at = "mechanisms.\(key)", fields = Settings.fields
        return Self(
            key: key, summary: Settings.summary, required: [],
            fields: fields.map { $0.lifted(keyPath, start: Settings.init) },
            isOn: { $0[keyPath: keyPath] != nil },
            switchOn: { $0[keyPath: keyPath] = $0[keyPath: keyPath] ?? Settings() },
            problems: { mechanisms in
                guard let settings = mechanisms[keyPath: keyPath] else { return [] }
                return fields.compactMap { $0.problem(in: settings, at: at) } + settings.crossFieldProblems(at: at)
            })
    }
}

extension Mechanisms {
    /// Perspective taking: one number on ``Mechanisms`` itself, on when it is not 0.
    static var perspectiveTakingDeclaration: MechanismDeclaration {
        let weight = SettingField<Mechanisms>.number("weight", \.perspectiveTaking, .closed(0, 1), "0 = off; 1 = full correction")
        return MechanismDeclaration(
            key: "perspectiveTaking",
            summary: "observers account for the fear their own arms cause (Jervis 1976; Kertzer, Brutger & Quek 2024)",
            required: ["weight"], fields: [weight], isOn: { $0.perspectiveTaking != 0 }, switchOn: { _ in },
            problems: { mechanisms in weight.problem(in: mechanisms, at: "mechanisms.perspectiveTaking").map { [$0] } ?? [] })
    }

    /// Every optional mechanism, in the order scenario documents write them (which experiment ids
    /// and stored documents depend on: a new mechanism goes at the end). Made once: validation
    /// reads it for every world built.
    public static let declarations: [MechanismDeclaration] = [
        perspectiveTakingDeclaration,
        .optional("preventiveWar", \.preventiveWar),
        .optional("mobilisation", \.mobilisation),
        .optional("preemption", \.preemption),
        .optional("signalling", \.signalling),
        .optional("deterrence", \.deterrence),
        .optional("lanchester", \.lanchester),
        .optional("crisis", \.crisis),
        .optional("protractedWar", \.protractedWar),
        .optional("joiningSides", \.joiningSides),
        .optional("perception", \.perception),
        .optional("lossOfStrength", \.lossOfStrength),
        .optional("alliances", \.alliances),
        .optional("identity", \.identity),
        .optional("communities", \.communities),
    ]
}
