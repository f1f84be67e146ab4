import VanBan

/// The words of a document that may start a phrase of any of the rules'
/// phrase matchers, found in one pass (`SharedAnalysis.phraseStarts(for:)`)
/// instead of one probe of every word per matcher.
enum PhraseStarts {
    /// The matchers covered: every first word of theirs is in `lexicon`.
    static let matchers: [PhraseMatcher] = [
        AdminUnitCapitalisation.matcher, GenericNounCapitalised.matcher, WeekdayCapitalisation.matcher,
        AgencyNameCapitalisation.matcher, TitleCapitalisation.matcher,
    ]
    static let covered: Set<ObjectIdentifier> = Set(matchers.map { ObjectIdentifier($0) })
    /// The union of the matchers' first words.
    static let lexicon = Lexicon(matchers.flatMap { $0.firstWords })
}
