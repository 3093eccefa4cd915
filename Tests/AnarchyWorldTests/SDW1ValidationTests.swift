import AnarchyWorld
import Testing

@Suite("SDW-1 parameter domains", .timeLimit(.minutes(10)))
struct SDW1ValidationTests {
    static let invalid: [(String, @Sendable (inout SDW1Parameters) -> Void, [SDW1Parameters.Field])] = [
        ("n below 3", { $0.n = 2; $0.k = 1 }, [.n]),
        ("n above 10M", { $0.n = 10_000_001 }, [.n]),
        ("k zero", { $0.k = 0 }, [.k]),
        ("2k = n", { $0.n = 12; $0.k = 6 }, [.k]),
        ("n k above 50M", { $0.n = 10_000_000; $0.k = 6 }, [.n, .k]),
        ("ticks negative", { $0.ticks = -1 }, [.ticks]),
        ("pGreedy 0", { $0.pGreedy = 0 }, [.pGreedy]),
        ("pGreedy 1", { $0.pGreedy = 1 }, [.pGreedy]),
        ("beta 0", { $0.beta = 0 }, [.beta]),
        ("beta inf", { $0.beta = .infinity }, [.beta]),
        ("beta nan", { $0.beta = .nan }, [.beta]),
        ("delta above 1", { $0.delta = 1.5 }, [.delta]),
        ("sigma too small", { $0.sigma = 9e-7 }, [.sigma]),
        ("growth above 1", { $0.growth = 1.01 }, [.growth]),
        ("burden negative", { $0.burden = -0.1 }, [.burden]),
        ("s0 above sMax", { $0.s0 = 0.3 }, [.s0]),
        ("s0 zero", { $0.s0 = 0 }, [.s0]),
        ("sGreedy above sMax", { $0.sGreedy = 0.26 }, [.sGreedy]),
        ("sMax 1", { $0.sMax = 1 }, [.sMax]),
        ("kappa negative", { $0.kappa = -1 }, [.kappa]),
        ("phiGreedy above 1", { $0.phiGreedy = 2 }, [.phiGreedy]),
        ("rho negative", { $0.rho = -0.01 }, [.rho]),
        ("attackRatio 0", { $0.attackRatio = 0 }, [.attackRatio]),
        ("spoils above 1", { $0.spoils = 1.1 }, [.spoils]),
        ("attrition negative", { $0.attrition = -1 }, [.attrition]),
        ("conquest above 1", { $0.conquest = 7 }, [.conquest]),
        ("burden × sMax ≥ 1 + growth", { $0.burden = 5; $0.sMax = 0.5; $0.growth = 0 }, [.burden, .sMax, .growth]),
    ]

    @Test("each out-of-domain value is rejected, naming the parameter", arguments: 0..<invalid.count)
    func rejects(index: Int) {
        let (label, configure, fields) = Self.invalid[index]
        var parameters = SDW1Parameters()
        configure(&parameters)
        #expect(throws: ParameterError.self, "\(label)") { try parameters.validate() }
        do {
            try parameters.validate()
        } catch {
            #expect(error.fields == fields, "\(label): \(error)")
        }
    }

    @Test("the domains' edges are valid")
    func edges() throws {
        var p = SDW1Parameters()
        p.n = 3; p.k = 1; p.ticks = 0; p.delta = 0; p.growth = 1; p.burden = 0; p.kappa = 0
        p.phiGreedy = 0; p.rho = 1; p.spoils = 0; p.attrition = 1; p.conquest = 0; p.sigma = 1e-6
        p.s0 = p.sMax; p.sGreedy = p.sMax; p.seed = .max
        try p.validate()
        p.delta = 1; p.phiGreedy = 1; p.rho = 0; p.spoils = 1; p.attrition = 0; p.conquest = 1
        try p.validate()
    }

    @Test("rings list 2k distinct neighbours in ascending order, symmetrically")
    func ring() {
        for (n, k) in [(3, 1), (5, 2), (12, 2), (11, 5), (100, 7)] {
            let ring = Neighbourhood.ring(n: n, k: k)
            #expect(ring.edgeCount == 2 * n * k)
            for i in 0..<n {
                let list = ring.neighbours(of: i).map(Int.init)
                let expected = Set((1...k).flatMap { [((i - $0) % n + n) % n, (i + $0) % n] }).sorted()
                #expect(list == expected)
                for j in list { #expect(ring.slot(of: i, in: j) != nil) }
                #expect(ring.slot(of: i, in: i) == nil)
            }
        }
    }
}
