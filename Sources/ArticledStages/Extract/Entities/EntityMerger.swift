import ArticledCore

/// Turns mentions into entities: one per person, organization or place, named by the fullest
/// form the text uses, with a count of all its mentions.
///
/// A lone surname joins the person whose full name ends with it ("Sullivan" → "Jake Sullivan",
/// and "Xi" → "Xi Jinping" when the family name comes first); an acronym the text defines joins
/// its long form; "Security Council" joins "Russian Security Council". Lone capitalized words
/// nothing explains are dropped unless their surroundings say what they are.
struct EntityMerger {
    let lexicon: EntityLexicon

    /// One entity being built.
    private struct Group {
        var kind: EntityKind
        var key: String
        var forms: [String: Int] = [:]
        var mentions: [(Int, Int)] = []
        var first: Int
        var mergedInto: Int?

        /// The fullest form written: most characters, ties by name.
        var name: String {
            forms.keys.max { a, b in a.count != b.count ? a.count < b.count : a > b } ?? key
        }
    }

    /// Merges `mentions` (in text order) using the text's acronym definitions.
    func merge(_ mentions: [Mention], acronyms: [String: Mention]) -> EntityAnalysis {
        var groups: [Group] = []
        var index: [String: Int] = [:]
        func groupID(_ kind: EntityKind, _ key: String, at position: Int) -> Int {
            let k = "\(kind.rawValue)|\(key)"
            if let g = index[k] { return g }
            groups.append(Group(kind: kind, key: key, first: position))
            index[k] = groups.count - 1
            return groups.count - 1
        }
        func add(_ m: Mention, to g: Int) {
            groups[g].forms[m.name, default: 0] += 1
            groups[g].mentions.append((m.start, m.end))
        }

        var pending: [Mention] = []
        // Full names, places and organizations first.
        for var m in mentions {
            if let long = acronyms[m.key], m.kind != .person {
                m.kind = long.kind
                m.key = long.key
                m.evidence = .strong
            }
            guard let kind = m.kind else { pending.append(m); continue }
            if kind == .person && !m.name.contains(" ") { pending.append(m); continue }
            if m.evidence == .city && !m.name.contains(" ") { pending.append(m); continue }
            add(m, to: groupID(kind, m.key, at: m.start))
        }
        mergeNameSuffixes(&groups, kind: .person)
        mergeNameSuffixes(&groups, kind: .organization)

        // Surnames of the people named in full.
        var surnames: [String: Int] = [:]
        for (g, group) in groups.enumerated() where group.kind == .person && group.mergedInto == nil {
            let words = group.key.split(separator: " ").map(String.init)
            guard words.count >= 2 else { continue }
            var keys = [words[words.count - 1]]
            let firstFacts = lexicon.facts(of: words[0])
            if firstFacts.contains(.familyFirst) && !firstFacts.contains(.givenName) { keys.append(words[0]) }
            for key in keys {
                if let other = surnames[key], groups[other].mentions.count >= group.mentions.count { continue }
                surnames[key] = g
            }
        }
        var unresolved: [Mention] = []
        for m in pending {
            if m.kind != .organization, let g = surnames[m.name] {
                add(m, to: g)
            } else if m.kind == .person || (m.kind == nil && m.personContext) {
                add(m, to: groupID(.person, m.key, at: m.start))
            } else if m.evidence == .city, let kind = m.kind {
                add(m, to: groupID(kind, m.key, at: m.start))
            } else if m.kind == nil && m.organizationContext {
                add(m, to: groupID(.organization, m.key, at: m.start))
            } else {
                unresolved.append(m)
            }
        }
        // Lone words seen elsewhere with a telling context join that entity.
        for m in unresolved {
            if let g = index["\(EntityKind.person.rawValue)|\(m.key)"] ?? index["\(EntityKind.organization.rawValue)|\(m.key)"] {
                add(m, to: g)
            }
        }
        return analysis(groups)
    }

    /// Merges a group whose name is the last words of a longer one of the same kind
    /// ("Security Council" into "Russian Security Council", "von der Leyen" into "Ursula von der Leyen").
    private func mergeNameSuffixes(_ groups: inout [Group], kind: EntityKind) {
        let ids = groups.indices.filter { groups[$0].kind == kind && groups[$0].mergedInto == nil }
        for g in ids {
            let key = groups[g].key
            guard key.contains(" ") || kind == .person else { continue }
            var best: Int?
            for h in ids where h != g && groups[h].mergedInto == nil && groups[h].key.hasSuffix(" " + key) {
                if best == nil || groups[h].mentions.count > groups[best!].mentions.count { best = h }
            }
            guard let into = best, kind == .organization || key.contains(" ") else { continue }
            for (form, count) in groups[g].forms { groups[into].forms[form, default: 0] += count }
            groups[into].mentions += groups[g].mentions
            groups[into].first = min(groups[into].first, groups[g].first)
            groups[g].mentions = []
            groups[g].mergedInto = into
        }
    }

    /// The entities, most mentioned first (ties by name), and their located mentions.
    private func analysis(_ groups: [Group]) -> EntityAnalysis {
        let live = groups.indices.filter { groups[$0].mergedInto == nil && !groups[$0].mentions.isEmpty }
        let names = Dictionary(uniqueKeysWithValues: live.map { ($0, groups[$0].name) })
        let order = live.sorted { a, b in
            let ca = groups[a].mentions.count, cb = groups[b].mentions.count
            if ca != cb { return ca > cb }
            if names[a]! != names[b]! { return names[a]! < names[b]! }
            return groups[a].kind.rawValue < groups[b].kind.rawValue
        }
        var entities: [Entity] = []
        var located: [EntityAnalysis.Located] = []
        for (n, g) in order.enumerated() {
            entities.append(Entity(name: names[g]!, type: groups[g].kind.entityType, mentions: groups[g].mentions.count))
            for (s, e) in groups[g].mentions { located.append(.init(start: s, end: e, entity: n)) }
        }
        located.sort { $0.start != $1.start ? $0.start < $1.start : $0.end < $1.end }
        return EntityAnalysis(entities: entities, mentions: located)
    }
}
