import Testing
@testable import VanBanLint

/// `Syllable.isValid` answers "no" for a word `SyllableTable` does not hold,
/// without parsing it: sound only if the table holds every syllable the
/// parse accepts. Checked here over all of them.
@Suite struct SyllableTableTests {
    /// Every word the parse may accept has a toneless form (`strip`) made of
    /// an initial (or none) and a rhyme of the lists (`gi` + rhyme is `g` +
    /// `i…`), and at most one toned vowel: all such words are tried, with
    /// each tone on each vowel.
    @Test func syllableTableIsComplete() {
        let rhymes = Syllable.rhymes.union(Syllable.quRhymes)
        var valid = 0
        for ini in [""] + Syllable.initials {
            for rhyme in rhymes {
                let plain = ini + rhyme
                for tone in [Syllable.Tone.none, .grave, .acute, .hook, .tilde, .dot] {
                    let parsed = Syllable.isValidParse(plain: plain, tone: tone)
                    #expect(Syllable.isValid(plain: plain, tone: tone) == parsed, "\(plain) \(tone)")
                    guard parsed else { continue }
                    let p = Array(plain.unicodeScalars)
                    if tone == .none {
                        #expect(Syllable.isValid(p) == Syllable.isValidParse(p), "\(plain)")
                        valid += 1
                        continue
                    }
                    for k in p.indices {
                        guard let c = Syllable.compose[UInt64(p[k].value) << 8 | UInt64(tone.rawValue)] else { continue }
                        var s = p
                        s[k] = c
                        let ok = Syllable.isValidParse(s)
                        #expect(Syllable.isValid(s) == ok, "\(String(String.UnicodeScalarView(s)))")
                        if ok { valid += 1 }
                    }
                }
            }
        }
        #expect(valid > 5000)
        // `toneTarget` (one pass) places the tone where its reference does.
        for ini in [""] + Syllable.initials {
            for rhyme in rhymes {
                let p = Array((ini + rhyme).unicodeScalars)
                #expect(Syllable.toneTarget(p) == Syllable.toneTargetReference(p), "\(ini + rhyme)")
            }
        }
        for w in ["", "q", "qu", "gi", "gia", "giêng", "quyên", "khuya", "hoa", "hoà", "thuê", "uê", "ươu", "xyz", "Hoa", "ăâêôơư", "oaoe", "g", "ấu", "Ơi"] {
            let p = Array(w.unicodeScalars)
            #expect(Syllable.toneTarget(p) == Syllable.toneTargetReference(p), "\(w)")
        }
        // No two spellings of the table share a hash: `holds` always answers.
        #expect(SyllableTable.spelledAt.allSatisfy { $0 & 0xFF != 0xFF })
        // Words outside the table's letters keep the parse's answer.
        for w in ["o\u{31B}", "ho\u{300}a", "Hòa", "qua", "gì", "gìn", "khuya", "xoong", "đươc", "ddaay", ""] {
            let s = Array(w.unicodeScalars)
            #expect(Syllable.isValid(s) == Syllable.isValidParse(s), "\(w)")
            for tone in [Syllable.Tone.none, .acute, .dot] {
                #expect(Syllable.isValid(plain: w, tone: tone) == Syllable.isValidParse(plain: w, tone: tone), "\(w) \(tone)")
            }
        }
    }
}

extension SyllableTableTests {
    /// The table's entries made once per rhyme are those made pair by pair:
    /// the same spellings and hashes, in the same order.
    @Test func entriesMatchReference() {
        let fast = SyllableTable.entries(), reference = SyllableTable.entriesReference()
        #expect(fast.hashes.count == reference.hashes.count)
        #expect(fast == reference)
        // The hashes are those of the bytes.
        for k in reference.starts.indices { #expect(reference.hashes[k] == Lexicon.hash(reference.spelling(k))) }
    }
}
