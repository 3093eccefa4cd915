import AnarchyCore
import Testing

@Suite("Strict min, max and clamp", .timeLimit(.minutes(10)))
struct StrictOrderTests {
    @Test("ties keep the first argument, unlike Swift.max")
    func ties() {
        #expect(StrictOrder.max(0.0, -0.0).sign == .plus)
        #expect(StrictOrder.max(-0.0, 0.0).sign == .minus)
        #expect(StrictOrder.min(-0.0, 0.0).sign == .minus)
        #expect(Swift.max(0.0, -0.0).sign == .minus)  // the trap these functions avoid
    }

    @Test("NaN: max and min keep the first argument when the second is NaN")
    func nan() {
        #expect(StrictOrder.max(1.0, .nan) == 1.0)
        #expect(StrictOrder.max(.nan, 1.0).isNaN)
        #expect(StrictOrder.min(1.0, .nan) == 1.0)
        #expect(StrictOrder.clamp(.nan, -30, 30).isNaN)
    }

    @Test("clamp is min(max(x, lo), hi)")
    func clamp() {
        #expect(StrictOrder.clamp(-31, -30, 30) == -30)
        #expect(StrictOrder.clamp(31, -30, 30) == 30)
        #expect(StrictOrder.clamp(0.5, -30, 30) == 0.5)
    }
}
