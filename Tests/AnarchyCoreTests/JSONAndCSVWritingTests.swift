import Testing

@testable import AnarchyCore

/// The one JSON writer and the one CSV quoting rule, against their standards' text.
@Suite(.timeLimit(.minutes(10)))
struct JSONAndCSVWritingTests {
    /// 64-bit seeds are written exactly: 2^64 − 1 = 18446744073709551615; those that fit Int stay
    /// `.integer`, so a written value equals its parsed copy.
    @Test func wholeNumbersAreExactAndSmallOnesParseBackEqual() throws {
        var object = JSONMembers()
        object.add("max", UInt64.max)
        object.add("seed", UInt64(7))
        object.add("x", 0.1)
        object.add("nan", Double.nan)
        object.add("names", ["a\"b"])
        #expect(object.text == #"{"max":18446744073709551615,"seed":7,"x":0.1,"nan":null,"names":["a\"b"]}"#)
        #expect(JSONValue.whole(7) == .integer(7) && JSONValue.whole(UInt64(Int.max) + 1) == .unsigned(9_223_372_036_854_775_808))
        #expect(try JSONParser.parse(#"{"seed":7}"#) == JSONMembers().adding("seed", UInt64(7)).value)
    }

    /// Numbers for data-frame readers: missing (NaN) empty, infinities as R writes them.
    @Test func numbersForDataFramesLeaveMissingValuesEmpty() {
        #expect(CSV.number(.nan) == "" && CSV.number(.infinity) == "Inf" && CSV.number(-.infinity) == "-Inf")
        #expect(CSV.number(0.1) == "0.1" && CSV.number(-2) == "-2.0" && CSV.number(1e300) == "1e+300")
    }

    /// Column names as Stata takes them: letters, digits and `_`, not starting with a digit.
    @Test(arguments: [
        ("system.beta", "system_beta"), ("mechanisms.perspectiveTaking.weight", "mechanisms_perspective_taking_weight"),
        ("states[0].x", "states_0_x"), ("spiralMean", "spiral_mean"), ("ci_low", "ci_low"), ("ticks", "ticks"),
        ("0.x", "v_0_x"), ("a..b__c.", "a_b_c"), ("Été", "t"),
    ])
    func snakeIdentifiers(name: String, expected: String) {
        #expect(name.snakeIdentifier == expected)
    }

    /// RFC 4180 §2: fields holding a comma, a quote or a line break are quoted, quotes doubled;
    /// and CSVTable reads each back as it was.
    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"no\"", "\"say \"\"no\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("cr\rhere", "\"cr\rhere\""), ("", ""),
    ])
    func quotedFieldsReadBackAsTheyWere(field: String, written: String) throws {
        let quoted = CSV.quote(field)
        #expect(quoted == written)
        let table = try CSVTable.parse(Array("h,i\n\(quoted),x\n".utf8), file: "t.csv")
        #expect(table.rows == [[field, "x"]])
    }
}

extension JSONMembers {
    fileprivate func adding(_ key: String, _ value: UInt64) -> JSONMembers {
        var copy = self
        copy.add(key, value)
        return copy
    }
}
