import VanBan

/// The words of a document that may start a phrase of any of the rules'
/// phrase matchers (or be in a few of their lexicons), found in one pass (`SharedAnalysis.phraseStarts(for:)`)
/// instead of one probe of every word per matcher.
enum PhraseStarts {
    /// The matchers covered: every first word of theirs is in `lexicon`.
    static let matchers: [PhraseMatcher] = [
        AdminUnitCapitalisation.matcher, GenericNounCapitalised.matcher, WeekdayCapitalisation.matcher,
        AgencyNameCapitalisation.matcher, TitleCapitalisation.matcher,
    ]
    /// The lexicons covered (looked up word by word with `Lexicon.candidates`).
    static let lexicons: [Lexicon] = [TrungUongCapitalisation.first, AgencyNameCapitalisation.boSo]
    /// Whether `object` is one of `matchers` or `lexicons`: seven identity
    /// tests (a `Set` of their identifiers hashed the object on every question).
    static func covers(_ object: AnyObject) -> Bool {
        matchers.contains { $0 === object } || lexicons.contains { $0 === object }
    }
    /// The union of the matchers' first words and of the lexicons' words.
    static let lexicon = Lexicon(matchers.flatMap { $0.firstWords } + lexicons.flatMap { $0.words })
}
