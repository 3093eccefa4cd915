import AnarchyCore
/// The Correlates of War datasets (and the related ATOP, MID-location and arms-race files) that
/// Anarchy reads, each under the file name its publishers use, with the columns it must have and
/// what each holds. Files are checked against this on loading: a missing column or a value of the
/// wrong kind is an error naming the file, the line and the column.
///
/// Versions and where to get them: docs/DATA.md. Missing-value codes follow COW: −9 missing or
/// unknown, −8 not applicable, −7 ongoing (wars); a blank is open-ended (alliances) or missing.
public enum COWDataset: String, CaseIterable, Sendable {
    case capabilities, systemMembership, stateSpells, majorPowers, countryCodes
    case alliances, atopMembers, atopAlliances, contiguity
    case disputes, disputeParticipants, dyadicDisputes, disputeLocations
    case interStateWars, extraStateWars, intraStateWars, nonStateWars, dyadicWars, armsRaces

    /// What a column must hold.
    public enum Kind: Sendable, Equatable {
        /// A whole number (COW's −9/−8/−7 codes included).
        case whole
        /// A whole number or blank.
        case wholeOrBlank
        /// A decimal number.
        case number
        /// A decimal number or blank.
        case numberOrBlank
        /// Any text.
        case text
    }

    /// The file names it is published under, first the one written in docs/DATA.md; the `-to1945`
    /// event files of the project's shared copy are accepted too.
    public var fileNames: [String] {
        switch self {
        case .capabilities: ["NMC-60-abridged.csv", "NMC-60-wsupplementary.csv"]
        case .systemMembership: ["system2016.csv"]
        case .stateSpells: ["states2016.csv"]
        case .majorPowers: ["majors2016.csv"]
        case .countryCodes: ["COW country codes.csv", "COW-country-codes.csv"]
        case .alliances: ["alliance_v4.1_by_member.csv"]
        case .atopMembers: ["atop-member-level.csv", "atop4_01m.csv"]
        case .atopAlliances: ["atop-alliance-level.csv", "atop4_01a.csv"]
        case .contiguity: ["contdird.csv"]
        case .disputes: ["MIDA 5.0.csv", "MIDA 5.0-to1945.csv"]
        case .disputeParticipants: ["MIDB 5.0.csv", "MIDB 5.0-to1945.csv"]
        case .dyadicDisputes: ["dyadic_mid_4.02.csv", "dyadic_mid_4.02-to1945.csv"]
        case .disputeLocations: ["MIDLOCA_2.1.csv", "MIDLOCA_2.1-to1945.csv"]
        case .interStateWars: ["Inter-StateWarData_v4.0.csv", "Inter-StateWarData_v4.0-to1945.csv"]
        case .extraStateWars: ["Extra-StateWarData_v4.0.csv", "Extra-StateWarData_v4.0-to1945.csv"]
        case .intraStateWars: ["INTRA-STATE WARS v5.1 CSV.csv", "INTRA-STATE WARS v5.1 CSV-to1945.csv"]
        case .nonStateWars: ["Non-StateWarData_v4.0.csv", "Non-StateWarData_v4.0-to1945.csv"]
        case .dyadicWars: ["directed dyadic war may 2018.csv", "directed dyadic war may 2018-to1945.csv"]
        case .armsRaces: ["grh_arms_races.csv", "grh_arms_races-to1945.csv"]
        }
    }

    /// A line for listings.
    public var title: String {
        switch self {
        case .capabilities: "National Material Capabilities v6.0 (state-years)"
        case .systemMembership: "State System Membership v2016 (state-years)"
        case .stateSpells: "State System Membership v2016 (spells)"
        case .majorPowers: "Major Powers v2016 (spells)"
        case .countryCodes: "COW country codes"
        case .alliances: "Formal Alliances v4.1 (member spells)"
        case .atopMembers: "ATOP v4.01 (member level)"
        case .atopAlliances: "ATOP v4.01 (alliance level)"
        case .contiguity: "Direct Contiguity v3.2 (directed dyad-years)"
        case .disputes: "Militarized Interstate Disputes v5.0 (disputes)"
        case .disputeParticipants: "Militarized Interstate Disputes v5.0 (participants)"
        case .dyadicDisputes: "Dyadic MID v4.02 (dyad-years)"
        case .disputeLocations: "MID Locations v2.1"
        case .interStateWars: "Inter-State War v4.0 (participants)"
        case .extraStateWars: "Extra-State War v4.0"
        case .intraStateWars: "Intra-State War v5.1"
        case .nonStateWars: "Non-State War v4.0"
        case .dyadicWars: "Directed dyadic inter-state war (2018)"
        case .armsRaces: "Gibler–Rider–Hutchison arms races"
        }
    }

    /// The columns checked on loading (others are kept as text), and the year columns a listing
    /// reports the range of.
    public var columns: [(name: String, kind: Kind)] {
        switch self {
        case .capabilities:
            [("stateabb", .text), ("ccode", .whole), ("year", .whole), ("milex", .number), ("milper", .number), ("irst", .number),
             ("pec", .number), ("tpop", .number), ("upop", .number), ("cinc", .number)]
        case .systemMembership: [("stateabb", .text), ("ccode", .whole), ("year", .whole)]
        case .stateSpells:
            [("stateabb", .text), ("ccode", .whole), ("statenme", .text), ("styear", .whole), ("stmonth", .whole), ("stday", .whole),
             ("endyear", .whole), ("endmonth", .whole), ("endday", .whole)]
        case .majorPowers:
            [("stateabb", .text), ("ccode", .whole), ("styear", .whole), ("stmonth", .whole), ("stday", .whole), ("endyear", .whole),
             ("endmonth", .whole), ("endday", .whole)]
        case .countryCodes: [("StateAbb", .text), ("CCode", .whole), ("StateNme", .text)]
        case .alliances:
            [("version4id", .whole), ("ccode", .whole), ("state_name", .text), ("all_st_year", .whole), ("all_end_year", .wholeOrBlank),
             ("ss_type", .text), ("mem_st_year", .whole), ("mem_end_year", .wholeOrBlank), ("defense", .whole), ("neutrality", .whole),
             ("nonaggression", .wholeOrBlank), ("entente", .wholeOrBlank)]
        case .atopMembers:
            [("atopid", .whole), ("member", .whole), ("yrent", .whole), ("yrexit", .whole), ("defense", .whole), ("offense", .whole),
             ("neutral", .whole), ("nonagg", .whole), ("consul", .whole)]
        case .atopAlliances:
            [("atopid", .whole), ("begyr", .whole), ("endyr", .whole), ("defense", .whole), ("offense", .whole), ("neutral", .whole),
             ("nonagg", .whole), ("consul", .whole)]
        case .contiguity:
            [("dyad", .whole), ("state1no", .whole), ("state1ab", .text), ("state2no", .whole), ("state2ab", .text), ("year", .whole),
             ("conttype", .whole)]
        case .disputes:
            [("dispnum", .whole), ("styear", .whole), ("endyear", .whole), ("outcome", .whole), ("fatality", .whole), ("hiact", .whole),
             ("hostlev", .whole), ("numa", .whole), ("numb", .whole)]
        case .disputeParticipants:
            [("dispnum", .whole), ("stabb", .text), ("ccode", .whole), ("styear", .whole), ("endyear", .whole), ("sidea", .whole),
             ("revstate", .whole), ("hiact", .whole), ("hostlev", .whole), ("orig", .whole)]
        case .dyadicDisputes:
            [("disno", .whole), ("dyindex", .number), ("statea", .whole), ("stateb", .whole), ("strtyr", .whole), ("endyear", .whole),
             ("hihost", .whole), ("war", .whole), ("year", .whole)]
        case .disputeLocations: [("year", .whole), ("dispnum", .whole), ("midloc2_xlongitude", .numberOrBlank), ("midloc2_ylatitude", .numberOrBlank)]
        case .interStateWars:
            [("WarNum", .whole), ("WarName", .text), ("ccode", .whole), ("StateName", .text), ("Side", .whole), ("StartYear1", .whole),
             ("EndYear1", .whole), ("Initiator", .whole), ("Outcome", .whole), ("BatDeath", .whole)]
        case .extraStateWars:
            [("WarNum", .whole), ("WarName", .text), ("ccode1", .whole), ("ccode2", .whole), ("StartYear1", .whole), ("EndYear1", .whole),
             ("BatDeath", .whole)]
        case .intraStateWars: [("WarNum", .number), ("WarName", .text), ("CcodeA", .whole), ("StartYr1", .whole), ("EndYr1", .whole)]
        case .nonStateWars: [("WarNum", .whole), ("WarName", .text), ("StartYear", .whole), ("EndYear", .whole)]
        case .dyadicWars:
            [("warnum", .whole), ("statea", .whole), ("stateb", .whole), ("warstrtyr", .whole), ("warendyr", .whole), ("year", .whole),
             ("warolea", .whole), ("outcomea", .wholeOrBlank)]
        case .armsRaces: [("race_id", .whole), ("ccode1", .whole), ("ccode2", .whole), ("styear", .whole), ("endyear", .whole)]
        }
    }

    /// The column whose range a listing reports (a year, or a start year).
    public var yearColumn: String {
        switch self {
        case .capabilities, .systemMembership, .contiguity, .dyadicDisputes, .disputeLocations, .dyadicWars: "year"
        case .stateSpells, .majorPowers, .disputes, .disputeParticipants, .armsRaces: "styear"
        case .countryCodes: ""
        case .alliances: "mem_st_year"
        case .atopMembers: "yrent"
        case .atopAlliances: "begyr"
        case .interStateWars, .extraStateWars: "StartYear1"
        case .intraStateWars: "StartYr1"
        case .nonStateWars: "StartYear"
        }
    }
}
