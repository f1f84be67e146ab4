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
        let hasSpaces = text.unicodeScalars.contains { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        let compact = String(text.unicodeScalars.filter { $0 != " " && $0 != "\t" && $0 != "\n" && $0 != "\r" }.map(Character.init))
        var parts = compact.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var n = DocumentNumber(range: range, text: text, sequence: "", year: nil, symbolParts: [], typeCode: nil,
                               issuerCode: nil, unitCode: nil, hasSpaces: hasSpaces, isPartyStyle: false)
        guard !parts.isEmpty else { return n }
        n.sequence = parts.removeFirst()
        if parts.count >= 2, parts[0].count == 4, parts[0].allSatisfy(\.isNumber) {
            n.year = Int(parts[0])
            parts.removeFirst()
        }
        let symbol = parts.joined(separator: "/")
        n.symbolParts = symbol.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        // Party style: 46-CT/TW (type code inside the sequence).
        if let dash = n.sequence.firstIndex(of: "-"), n.sequence[..<dash].allSatisfy(\.isNumber),
           n.sequence[n.sequence.index(after: dash)...].allSatisfy({ $0.isLetter }) {
            n.isPartyStyle = true
            n.typeCode = String(n.sequence[n.sequence.index(after: dash)...])
            n.issuerCode = symbol
            return n
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
