import AnarchyCore
/// Names of states as of a year, where the Correlates of War state list gives one name for a
/// code's whole span (its `statenme` is the state's later name: code 345 is "Yugoslavia" from
/// 1878, code 640 "Turkey" from 1816). The names are the states' own names in the period, as in
/// Gleditsch & Ward's (1999) list of independent states and standard histories; a code not listed
/// here, or a year outside its rows, keeps COW's name.
enum HistoricalNames {
    /// (COW code, first year, last year, name).
    static let table: [(ccode: Int, from: Int, to: Int, name: String)] = [
        (255, 1816, 1870, "Prussia"),  // COW's Germany before unification (1871)
        (300, 1816, 1866, "Austria"),  // the Austrian Empire before the Compromise of 1867
        (325, 1816, 1860, "Sardinia"),  // COW's Italy before the Kingdom of Italy (1861)
        (345, 1878, 1918, "Serbia"),  // independent at the Congress of Berlin; united in December 1918
        (345, 1919, 1928, "Kingdom of the Serbs, Croats and Slovenes"),  // renamed Yugoslavia in October 1929
        (365, 1922, 1991, "Soviet Union"),
        (630, 1855, 1934, "Persia"),  // Iran from 1935
        (640, 1816, 1922, "Ottoman Empire"),  // the Republic of Turkey from 1923
        (678, 1926, 1961, "Yemen"),  // the Mutawakkilite Kingdom, before the Yemen Arab Republic (1962)
        (800, 1887, 1938, "Siam"),  // Thailand from 1939
    ]

    /// The state's name in `year`, or nil when COW's name stands.
    static func name(ccode: Int, year: Int) -> String? {
        table.first { $0.ccode == ccode && $0.from <= year && year <= $0.to }?.name
    }
}
