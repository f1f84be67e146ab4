import Testing
@testable import VanBan

/// The JSON reader's strings: plain runs are skipped sixteen bytes at a
/// time, so escapes and errors are placed at every offset of a window.
@Suite struct JSONStringTests {
    static func string(_ json: String) -> String? {
        guard case .string(let s)? = try? JSONParser.parse(Array(json.utf8)) else { return nil }
        return s
    }

    @Test func escapesAtEveryOffset() {
        for k in 0..<40 {
            let pad = String(repeating: "ạ", count: k / 3) + String(repeating: "a", count: k % 3)
            #expect(Self.string("\"\(pad)\\n\(pad)\\\"x\\u00e2\\ud83d\\ude00\"") == "\(pad)\n\(pad)\"xâ😀")
            #expect(Self.string("\"\(pad)Điều 1\"") == "\(pad)Điều 1")
            // A raw control character or an unterminated string is an error.
            #expect(Self.string("\"\(pad)\u{01}\"") == nil)
            #expect(Self.string("\"\(pad)\\n\(pad)") == nil)
        }
    }

    @Test func invalidUTF8IsAnError() {
        var bytes = Array("\"0123456789abcdef".utf8)
        bytes.append(0xFF)
        bytes += Array("\"".utf8)
        #expect((try? JSONParser.parse(bytes)) == nil)
    }

    /// `validString` accepts exactly what `String(validating:as:)` does
    /// (the reference), and gives the same string: valid text, overlong
    /// forms, surrogates, code points past U+10FFFF, truncated and stray
    /// continuation bytes, and U+FFFD itself, alone and among other bytes.
    @Test func validStringIsValidating() {
        let pieces: [[UInt8]] = [
            [], [0x61], Array("Điều ạ😀".utf8), [0xEF, 0xBF, 0xBD], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80],
            [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF], [0x80], [0xBF], [0xE1, 0xBA], [0xF0, 0x9F, 0x98],
            [0xC3], [0xE2, 0x82, 0xAC], [0xF0, 0x90, 0x80, 0x80], [0xEF, 0xBF, 0xBF], Array("0123456789abcdef".utf8),
        ]
        for a in pieces {
            for b in pieces {
                for bytes in [a + b, b + a + a, a + Array("xyz".utf8) + b] {
                    let reference = String(validating: bytes, as: UTF8.self)
                    let fast = bytes.withUnsafeBufferPointer { JSONParser.validString($0) }
                    #expect(fast == reference, "\(bytes)")
                    #expect(fast.map { Array($0.utf8) } == reference.map { Array($0.utf8) })
                }
            }
        }
    }
}

/// The JSON writer's strings: runs without escapes are found eight bytes at
/// a time, so every character to escape is placed at every offset of a word.
@Suite struct JSONWriterStringTests {
    /// Escaping one character at a time, as the JSON grammar says.
    static func reference(_ s: String) -> [UInt8] {
        var out: [UInt8] = [0x22]
        for c in s.utf8 {
            switch c {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case ..<0x20: out += Array(String(format4: c).utf8)
            default: out.append(c)
            }
        }
        return out + [0x22]
    }

    @Test func escapesAtEveryOffset() {
        let specials = ["\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", "\u{7F}", " ", "ạ", "😀", "/"]
        for k in 0..<20 {
            let pad = String(repeating: "a", count: k % 9) + String(repeating: "ệ", count: k / 9)
            for x in specials {
                for s in [pad + x, pad + x + pad, x + pad + x + x + pad, pad + x + String(repeating: "b", count: 17) + x] {
                    var out: [UInt8] = []
                    JSONWriter.appendString(s, to: &out)
                    #expect(out == Self.reference(s), "\(s.debugDescription)")
                    #expect((try? JSONParser.parse(out)) == .string(s))
                }
            }
        }
        var empty: [UInt8] = []
        JSONWriter.appendString("", to: &empty)
        #expect(empty == Array("\"\"".utf8))
    }
}

private extension String {
    /// `\u00XX` for a control byte.
    init(format4 c: UInt8) {
        let hex = Array("0123456789abcdef")
        self = "\\u00" + String(hex[Int(c >> 4)]) + String(hex[Int(c & 0xF)])
    }
}
