import VanBan

/// Decoders for text typed in the legacy 8-bit Vietnamese encodings and
/// then read as Latin-1/Windows-1252 (mojibake such as `Céng hoµ x· héi`
/// for TCVN3/ABC, `Coäng hoøa xaõ hoäi` for VNI).
public enum LegacyEncodings {
    public enum Kind: String, Sendable { case tcvn3 = "TCVN3 (ABC)", vni = "VNI" }

    /// TCVN3 byte (read as a Latin-1 scalar) → Vietnamese letter.
    static let tcvn3: [UInt32: Unicode.Scalar] = {
        let pairs: [(UInt32, String)] = [
            (0xA1, "Ă"), (0xA2, "Â"), (0xA3, "Ê"), (0xA4, "Ô"), (0xA5, "Ơ"), (0xA6, "Ư"), (0xA7, "Đ"), (0xA8, "ă"), (0xA9, "â"),
            (0xAA, "ê"), (0xAB, "ô"), (0xAC, "ơ"), (0xAD, "ư"), (0xAE, "đ"), (0xB5, "à"), (0xB6, "ả"), (0xB7, "ã"), (0xB8, "á"),
            (0xB9, "ạ"), (0xBB, "ằ"), (0xBC, "ẳ"), (0xBD, "ẵ"), (0xBE, "ắ"), (0xC6, "ặ"), (0xC7, "ầ"), (0xC8, "ẩ"), (0xC9, "ẫ"),
            (0xCA, "ấ"), (0xCB, "ậ"), (0xCC, "è"), (0xCE, "ẻ"), (0xCF, "ẽ"), (0xD0, "é"), (0xD1, "ẹ"), (0xD2, "ề"), (0xD3, "ể"),
            (0xD4, "ễ"), (0xD5, "ế"), (0xD6, "ệ"), (0xD7, "ì"), (0xD8, "ỉ"), (0xDC, "ĩ"), (0xDD, "í"), (0xDE, "ị"), (0xDF, "ò"),
            (0xE1, "ỏ"), (0xE2, "õ"), (0xE3, "ó"), (0xE4, "ọ"), (0xE5, "ồ"), (0xE6, "ổ"), (0xE7, "ỗ"), (0xE8, "ố"), (0xE9, "ộ"),
            (0xEA, "ờ"), (0xEB, "ở"), (0xEC, "ỡ"), (0xED, "ớ"), (0xEE, "ợ"), (0xEF, "ù"), (0xF1, "ủ"), (0xF2, "ũ"), (0xF3, "ú"),
            (0xF4, "ụ"), (0xF5, "ừ"), (0xF6, "ử"), (0xF7, "ữ"), (0xF8, "ứ"), (0xF9, "ự"), (0xFA, "ỳ"), (0xFB, "ỷ"), (0xFC, "ỹ"),
            (0xFD, "ý"), (0xFE, "ỵ"),
        ]
        var t: [UInt32: Unicode.Scalar] = [:]
        for (k, v) in pairs { t[k] = v.unicodeScalars.first! }
        return t
    }()

    /// Latin-1 letters that are not Vietnamese letters: seeing one inside a
    /// word is strong evidence of mojibake.
    @inline(__always)
    static func isForeignLatin1(_ v: UInt32) -> Bool {
        guard v >= 0xA1 && v <= 0xFF else { return false }
        return !vietLatin1[Int(v - 0xA0)]
    }

    /// U+00A0…U+00FF: whether the scalar is a Vietnamese letter.
    static let vietLatin1: [Bool] = {
        var t = [Bool](repeating: false, count: 0x60)
        for v in [0xC0, 0xC1, 0xC2, 0xC3, 0xC8, 0xC9, 0xCA, 0xCC, 0xCD, 0xD2, 0xD3, 0xD4, 0xD5, 0xD9, 0xDA, 0xDD,
                  0xE0, 0xE1, 0xE2, 0xE3, 0xE8, 0xE9, 0xEA, 0xEC, 0xED, 0xF2, 0xF3, 0xF4, 0xF5, 0xF9, 0xFA, 0xFD] { t[v - 0xA0] = true }
        return t
    }()

    /// Decodes a TCVN3 word; nil if a scalar has no TCVN3 meaning.
    public static func decodeTCVN3(_ s: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var out: [Unicode.Scalar] = []
        var asciiLetters = 0, asciiUpper = 0
        for u in s {
            if u.value < 0x80 {
                out.append(u)
                if Bytes.isASCIILetter(UInt8(u.value)) { asciiLetters += 1; if Bytes.isASCIIUpper(UInt8(u.value)) { asciiUpper += 1 } }
            } else if let m = tcvn3[u.value] { out.append(m) } else { return nil }
        }
        // The upper-case font (.VnTimeH) used the same codes for capitals.
        if asciiLetters >= 2 && asciiUpper == asciiLetters {
            out = out.map { u in let up = u.properties.uppercaseMapping.unicodeScalars; return up.count == 1 ? up.first! : u }
        }
        return out
    }

    /// VNI: base letter followed by mark characters.
    public static func decodeVNI(_ s: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var out: [Unicode.Scalar] = []
        var upper: [Bool] = []
        for u in s {
            let isUpper = u.properties.isUppercase
            let l = u.value < 0x80 ? (Bytes.isASCIIUpper(UInt8(u.value)) ? u.value + 32 : u.value)
                                   : (u.value >= 0xC0 && u.value <= 0xDE && u.value != 0xD7 ? u.value + 32 : u.value)
            if l < 0x80 { out.append(Unicode.Scalar(l)!); upper.append(isUpper); continue }
            // Single-character letters.
            let single: [UInt32: String] = [0xF4: "ơ", 0xF6: "ư", 0xF1: "đ", 0xEC: "ì", 0xED: "í", 0xE6: "ỉ", 0xF3: "ĩ", 0xF2: "ị", 0xEE: "ỵ"]
            let prev = out.last
            // Marks that modify the previous letter.
            let tone: [UInt32: Syllable.Tone] = [0xF9: .acute, 0xF8: .grave, 0xFB: .hook, 0xF5: .tilde, 0xEF: .dot]
            let circ: [UInt32: Syllable.Tone] = [0xE2: .none, 0xE1: .acute, 0xE0: .grave, 0xE5: .hook, 0xE3: .tilde, 0xE4: .dot]
            let breve: [UInt32: Syllable.Tone] = [0xEA: .none, 0xE9: .acute, 0xE8: .grave, 0xFA: .hook, 0xFC: .tilde, 0xEB: .dot]
            if let p = prev, let t = tone[l], let (base, old) = Syllable.decompose[p.value], old == 0,
               let c = Syllable.compose[UInt64(base) << 8 | UInt64(t.rawValue)] {
                out[out.count - 1] = c; continue
            }
            if let p = prev, let t = circ[l], p == "a" || p == "e" || p == "o" {
                let base: Unicode.Scalar = p == "a" ? "â" : p == "e" ? "ê" : "ô"
                out[out.count - 1] = Syllable.compose[UInt64(base.value) << 8 | UInt64(t.rawValue)]!; continue
            }
            if let p = prev, let t = breve[l], p == "a" {
                out[out.count - 1] = Syllable.compose[UInt64(("ă" as Unicode.Scalar).value) << 8 | UInt64(t.rawValue)]!; continue
            }
            if let m = single[l] { out.append(m.unicodeScalars.first!); upper.append(isUpper); continue }
            return nil
        }
        for k in out.indices where upper[k] {
            let up = out[k].properties.uppercaseMapping.unicodeScalars
            if up.count == 1 { out[k] = up.first! }
        }
        return out
    }

    /// Whether a word (any case) is a valid Vietnamese syllable.
    public static func isVietnamese(_ s: [Unicode.Scalar]) -> Bool {
        let low = Syllable.lowercased(s)
        // The syllable table holds exactly the spellings `isValid` accepts
        // (`syllableTableAgreesWithParser`), and `isValid` answers from it: a
        // word whose hash the table lacks is no syllable, without a parse.
        return SyllableTable.contains(scalars: low)
    }
}
