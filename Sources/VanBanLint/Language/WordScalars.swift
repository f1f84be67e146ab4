import VanBan

/// Per-word helpers: the scalars of a word, cheaply, for the few words a
/// rule needs to look at closely.
public enum WordScalars {
    /// Decodes the scalars of `r` in `b`.
    public static func of(_ b: [UInt8], _ r: TextRange) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(r.end - r.start)
        var i = r.start
        b.withUnsafeBufferPointer { p in
            while i < r.end {
                let (u, l) = Bytes.decodeScalar(p, i)
                out.append(u)
                i += l
            }
        }
        return out
    }

    /// Whether every byte of the range is ASCII.
    @inline(__always)
    public static func isASCII(_ b: [UInt8], _ r: TextRange) -> Bool {
        var i = r.start
        while i < r.end { if b[i] >= 0x80 { return false }; i += 1 }
        return true
    }

    /// Re-applies the case pattern of `original` (first letter upper / all
    /// upper / lower) to `lower`.
    public static func matchCase(_ lower: [Unicode.Scalar], like original: [Unicode.Scalar]) -> String {
        let up = original.allSatisfy { !ScalarClass.isLowercase($0) } && original.count > 1
        var out = String.UnicodeScalarView()
        for (k, u) in lower.enumerated() {
            let wantUpper = up || (k == 0 && (original.first.map(ScalarClass.isUppercase) ?? false))
            if wantUpper {
                let m = u.properties.uppercaseMapping.unicodeScalars
                if m.count == 1 { out.append(m.first!) } else { out.append(u) }
            } else { out.append(u) }
        }
        return String(out)
    }
}
