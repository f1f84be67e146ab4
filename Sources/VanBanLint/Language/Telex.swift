import VanBan

/// Telex keystrokes left in the text (`ddaay` for `đây`, `vieejc` for `việc`).
public enum Telex {
    /// Decodes a lower-case ASCII word typed in Telex whose Vietnamese input
    /// method was off. Returns nil unless the word uses a Telex vowel or `đ`
    /// modifier (`aa`, `aw`, `ee`, `oo`, `ow`, `uw`, `dd`, `w`) and decodes to
    /// one valid syllable. With `strict`, at least two Telex signals are
    /// needed (a modifier plus a tone key or `dd`), so `thee` or `been` stay words.
    public static func decode(_ ascii: [UInt8], strict: Bool = false) -> String? {
        guard ascii.count >= 2 && ascii.count <= 10 else { return nil }
        var s = ascii.map { Unicode.Scalar($0) }
        var modified = false
        var signals = 0
        // đ
        if s.count >= 2 && s[0] == "d" && s[1] == "d" { s.replaceSubrange(0..<2, with: ["đ"]); modified = true; signals += 1 }
        // Tone key: one of s f r x j after the first vowel, followed only by final consonants.
        let vowels = "aeiouyw".unicodeScalars
        guard let firstVowel = s.firstIndex(where: { vowels.contains($0) }) else { return nil }
        var tone = Syllable.Tone.none
        let toneKeys: [Unicode.Scalar: Syllable.Tone] = ["s": .acute, "f": .grave, "r": .hook, "x": .tilde, "j": .dot]
        if let k = s.lastIndex(where: { toneKeys[$0] != nil }), k > firstVowel {
            let tail = String(String.UnicodeScalarView(s[(k + 1)...]))
            if ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"].contains(tail) {
                tone = toneKeys[s[k]]!
                s.remove(at: k)
                signals += 1
            }
        }
        // Vowel modifiers.
        var out: [Unicode.Scalar] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            let n: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
            let n2: Unicode.Scalar? = i + 2 < s.count ? s[i + 2] : nil
            if c == "u" && n == "o" && n2 == "w" { out += ["ư", "ơ"]; i += 3; modified = true; continue }
            if (c == "a" || c == "e" || c == "o") && n == c { out.append(c == "a" ? "â" : c == "e" ? "ê" : "ô"); i += 2; modified = true; continue }
            if (c == "a" || c == "o" || c == "u") && n == "w" { out.append(c == "a" ? "ă" : c == "o" ? "ơ" : "ư"); i += 2; modified = true; continue }
            if c == "w" { out.append("ư"); i += 1; modified = true; continue }
            // A modifier typed after the final consonant: `vieetj` is handled above; `ddoongf` too.
            out.append(c)
            i += 1
        }
        guard modified else { return nil }
        signals += out.filter { "âăêôơư".unicodeScalars.contains($0) }.count
        if strict && signals < 2 { return nil }
        let plain = String(String.UnicodeScalarView(out))
        guard Syllable.isValid(plain: plain, tone: tone) else { return nil }
        return Syllable.applyTone(plain, tone)
    }
}
