import AnarchyCore

/// A value of one setting, as a scenario file writes it.
public enum SettingValue: Sendable, Equatable {
    case number(Double)
    case whole(Int)
    case flag(Bool)
    /// One of the field's named options.
    case choice(String)

    /// The value in a JSON document.
    public var json: JSONValue {
        switch self {
        case let .number(x): .number(x)
        case let .whole(i): .integer(i)
        case let .flag(b): .bool(b)
        case let .choice(name): .string(name)
        }
    }
}

/// The kind of value a scenario file gives for a setting.
public enum SettingKind: Sendable, Equatable {
    case number
    case whole
    case flag
    /// One of these names.
    case choice([String])
}

/// The values a numeric setting may take. Each domain knows its check, the phrase validation
/// messages use (`must be in 0…1, got 2`) and its JSON Schema bounds.
public enum SettingDomain: Sendable, Equatable {
    /// lo ≤ x ≤ hi.
    case closed(Double, Double)
    /// lo < x ≤ hi.
    case leftOpen(Double, Double)
    /// x ≥ lo, finite.
    case atLeast(Double)
    /// x > lo, finite.
    case above(Double)
    /// x > lo, finite, said so ("a finite number > 0").
    case finiteAbove(Double)
    /// A whole number in the range.
    case wholes(ClosedRange<Int>)
    /// Any value of the field's kind (flags, choices).
    case any

    /// Whether `x` lies in the domain (NaN never does).
    public func contains(_ x: Double) -> Bool {
        switch self {
        case let .closed(lo, hi): x >= lo && x <= hi
        case let .leftOpen(lo, hi): x > lo && x <= hi
        case let .atLeast(lo): x.isFinite && x >= lo
        case let .above(lo), let .finiteAbove(lo): x.isFinite && x > lo
        case let .wholes(range): x >= Double(range.lowerBound) && x <= Double(range.upperBound) && x == x.rounded()
        case .any: true
        }
    }

    /// The domain in words, after "must be": `in 0…1`, `in (0, 1]`, `≥ 0`, `> 0`.
    public var phrase: String {
        switch self {
        case let .closed(lo, hi): "in \(Self.bound(lo))…\(Self.bound(hi))"
        case let .leftOpen(lo, hi): "in (\(Self.bound(lo)), \(Self.bound(hi))]"
        case let .atLeast(lo): "≥ \(Self.bound(lo))"
        case let .above(lo): "> \(Self.bound(lo))"
        case let .finiteAbove(lo): "a finite number > \(Self.bound(lo))"
        case let .wholes(range): "in \(range.lowerBound)…\(range.upperBound)"
        case .any: "any value"
        }
    }

    /// A number as the docs write it: whole values without ".0", negatives with a minus sign.
    public static func bound(_ x: Double) -> String { PlainNumber.text(x).replacingAll("-", with: "−") }

    /// The JSON Schema keywords of the domain (`minimum`, `exclusiveMinimum`, `maximum`).
    public var schemaBounds: [(key: String, value: JSONValue)] {
        switch self {
        case let .closed(lo, hi): [("minimum", .number(lo)), ("maximum", .number(hi))]
        case let .leftOpen(lo, hi): [("exclusiveMinimum", .number(lo)), ("maximum", .number(hi))]
        case let .atLeast(lo): [("minimum", .number(lo))]
        case let .above(lo), let .finiteAbove(lo): [("exclusiveMinimum", .number(lo))]
        case let .wholes(range): [("minimum", .integer(range.lowerBound)), ("maximum", .integer(range.upperBound))]
        case .any: []
        }
    }
}

/// One setting of a mechanism (or of an institution), declared once: its key in scenario files,
/// what it means, its kind and domain, where it lives in the settings value and whether a
/// document writes it at its default. The scenario decoder and encoder, validation, `run.json`,
/// the JSON Schema and the docs' field tables are all read from these declarations — the style of
/// ``SDW1Parameters/Field``.
public struct SettingField<Settings>: Sendable {
    /// The key in scenario files (camelCase), e.g. `costDeclining`.
    public let key: String
    /// What the setting means, in a phrase (the schema's description and the docs' table).
    public let meaning: String
    public let kind: SettingKind
    public let domain: SettingDomain
    /// Whether the setting may be absent (nil: "use the usual value"), as `offensiveShare` may.
    public let isOptional: Bool
    /// Whether documents write the setting when it has its default value. False for settings
    /// added after documents existed, so that those documents — and the experiment ids and digests
    /// made from them — stay as they were.
    public let writtenAtDefault: Bool
    /// The value in `settings` (nil when an optional setting is absent).
    public let read: @Sendable (Settings) -> SettingValue?
    /// Sets the value in `settings`; the value is of the field's kind.
    public let write: @Sendable (inout Settings, SettingValue) -> Void

    /// A number in `domain`.
    public static func number(
        _ key: String, _ keyPath: any WritableKeyPath<Settings, Double> & Sendable, _ domain: SettingDomain, writtenAtDefault: Bool = true, _ meaning: String
    ) -> Self {
        Self(
            key: key, meaning: meaning, kind: .number, domain: domain, isOptional: false, writtenAtDefault: writtenAtDefault,
            read: { .number($0[keyPath: keyPath]) },
            write: { settings, value in if case let .number(x) = value { settings[keyPath: keyPath] = x } })
    }

    /// A number in `domain` that may be absent.
    public static func optionalNumber(
        _ key: String, _ keyPath: any WritableKeyPath<Settings, Double?> & Sendable, _ domain: SettingDomain, _ meaning: String
    ) -> Self {
        Self(
            key: key, meaning: meaning, kind: .number, domain: domain, isOptional: true, writtenAtDefault: true,
            read: { $0[keyPath: keyPath].map(SettingValue.number) },
            write: { settings, value in if case let .number(x) = value { settings[keyPath: keyPath] = x } })
    }

    /// A whole number in `range`.
    public static func whole(_ key: String, _ keyPath: any WritableKeyPath<Settings, Int> & Sendable, _ range: ClosedRange<Int>, _ meaning: String) -> Self {
        Self(
            key: key, meaning: meaning, kind: .whole, domain: .wholes(range), isOptional: false, writtenAtDefault: true,
            read: { .whole($0[keyPath: keyPath]) },
            write: { settings, value in if case let .whole(i) = value { settings[keyPath: keyPath] = i } })
    }

    /// True or false.
    public static func flag(_ key: String, _ keyPath: any WritableKeyPath<Settings, Bool> & Sendable, writtenAtDefault: Bool = true, _ meaning: String) -> Self {
        Self(
            key: key, meaning: meaning, kind: .flag, domain: .any, isOptional: false, writtenAtDefault: writtenAtDefault,
            read: { .flag($0[keyPath: keyPath]) },
            write: { settings, value in if case let .flag(b) = value { settings[keyPath: keyPath] = b } })
    }

    /// One of an enumeration's cases, by raw value.
    public static func choice<Option: RawRepresentable & CaseIterable & Sendable>(
        _ key: String, _ keyPath: any WritableKeyPath<Settings, Option> & Sendable, _ meaning: String
    ) -> Self where Option.RawValue == String {
        Self(
            key: key, meaning: meaning, kind: .choice(Option.allCases.map(\.rawValue)), domain: .any, isOptional: false, writtenAtDefault: true,
            read: { .choice($0[keyPath: keyPath].rawValue) },
            write: { settings, value in
                if case let .choice(name) = value, let option = Option(rawValue: name) { settings[keyPath: keyPath] = option }
            })
    }

    /// The field's problem in `settings`, if its value is outside the domain, at `at.key`.
    public func problem(in settings: Settings, at: String) -> ScenarioError? {
        switch read(settings) {
        case let .number(x)? where !domain.contains(x):
            return ScenarioError("\(at).\(key)", "must be \(domain.phrase), got \(Scenario.show(x))")
        case let .whole(i)?:
            guard case let .wholes(range) = domain, !range.contains(i) else { return nil }
            return ScenarioError("\(at).\(key)", "must be \(domain.phrase), got \(i)")
        default: return nil
        }
    }

    /// The same field on a value that holds the settings at `keyPath` (nil there: absent).
    func lifted<Root>(_ keyPath: any WritableKeyPath<Root, Settings?> & Sendable, start: @escaping @Sendable () -> Settings) -> SettingField<Root> {
        let read = self.read, write = self.write
        return SettingField<Root>(
            key: key, meaning: meaning, kind: kind, domain: domain, isOptional: isOptional, writtenAtDefault: writtenAtDefault,
            read: { root in root[keyPath: keyPath].flatMap(read) },
            write: { root, value in
                var settings = root[keyPath: keyPath] ?? start()
                write(&settings, value)
                root[keyPath: keyPath] = settings
            })
    }
}

/// The settings of a mechanism that is off (nil) or on with these settings: each declares its
/// fields, its defaults (`init()`) and any rule that spans two fields.
public protocol MechanismSettings: Sendable, Equatable {
    /// The settings at their defaults.
    init()
    /// What the mechanism does, in a sentence (the schema's description and the docs' tables).
    static var summary: String { get }
    /// Every setting, in the order documents write them.
    static var fields: [SettingField<Self>] { get }
    /// Problems that span fields (`costHigh ≥ costLow`), under `at`; checked after each field's domain.
    func crossFieldProblems(at: String) -> [ScenarioError]
}

extension MechanismSettings {
    public func crossFieldProblems(at: String) -> [ScenarioError] { [] }
}
