/// Colours for charts: Okabe & Ito's (2008) palette, distinguishable with the common forms of
/// colour-blindness, in the order series take them.
public enum Palette {
    public static let colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"]

    public static func colour(_ k: Int) -> String { colours[((k % colours.count) + colours.count) % colours.count] }
}
