/// Splits a document number/symbol into its parts (rules.md,
/// Accepts what drafters type, spaces included; rules
/// judge the form.
public enum NumberParser {
    /// Type codes that may open a symbol: Table A of both regimes, the
    /// normative codes, copy codes, and common misspellings (`ND`, `QD`) so
    /// that rules can name them.
    public static let typeCodes: Set<String> = {
        var s = Set(DocumentTypes.kindByCode.keys)
        s.formUnion(DocumentTypes.copyCodes)
        s.formUnion(["NĐ", "NQ", "QĐ", "TT", "TTLT", "NQLT", "CT", "L", "PL", "ND", "QD", "TTLT", "HD", "CV"])
        return s
    }()

    public static func parse(_ text: String, range: TextRange) -> DocumentNumber {
        // Bytes, not Characters: this runs for every number in the text.
        let raw = Array(text.utf8)
        let isBlank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let hasSpaces = raw.contains(where: isBlank)
        let compact = hasSpaces ? raw.filter { !isBlank($0) } : raw
        var parts = compact.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        var n = DocumentNumber(range: range, text: text, sequence: "", year: nil, symbolParts: [], typeCode: nil,
                               issuerCode: nil, unitCode: nil, hasSpaces: hasSpaces, isPartyStyle: false)
        guard !parts.isEmpty else { return n }
        let seq = parts.removeFirst()
        n.sequence = String(decoding: seq, as: UTF8.self)
        if parts.count >= 2, parts[0].count == 4, parts[0].allSatisfy(Bytes.isDigit) {
            n.year = parts[0].reduce(0) { $0 * 10 + Int($1 - 0x30) }
            parts.removeFirst()
        }
        let symbolBytes = Array(parts.joined(separator: [UInt8(ascii: "/")]))
        let symbol = String(decoding: symbolBytes, as: UTF8.self)
        n.symbolParts = symbolBytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        // Party style: 46-CT/TW (type code inside the sequence).
        if let dash = seq.firstIndex(of: UInt8(ascii: "-")), dash > seq.startIndex, seq[..<dash].allSatisfy(Bytes.isDigit) {
            let tail = String(decoding: seq[(dash + 1)...], as: UTF8.self)
            if !tail.isEmpty, tail.allSatisfy({ $0.isLetter }) {
                n.isPartyStyle = true
                n.typeCode = tail
                n.issuerCode = symbol
                return n
            }
        }
        let groups = n.symbolParts
        if groups.count >= 2, typeCodes.contains(groups[0]) {
            n.typeCode = groups[0]
            n.issuerCode = groups[1].isEmpty ? nil : groups[1]
            n.unitCode = groups.count > 2 ? groups[2...].joined(separator: "-") : nil
        } else if let first = groups.first, !first.isEmpty {
            if groups.count == 1, typeCodes.contains(first), n.year == nil {
                n.typeCode = first
            } else {
                n.issuerCode = first
                n.unitCode = groups.count > 1 ? groups[1...].joined(separator: "-") : nil
            }
        }
        return n
    }
}
