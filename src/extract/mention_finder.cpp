#include "extract/mention_finder.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <tuple>

#include "text/utf8.h"

namespace diplograph {
namespace {

// A mention while it is being built, before it is appended to the document's list.
struct Found {
  ActorMention mention;
  std::optional<ActorMention> belongs_to;  // the state/organisation named inside it
};

bool is_all_upper(std::string_view surface) {
  bool any_letter = false;
  for (char c : surface) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') any_letter = true;
  }
  return any_letter;
}

class SentenceScanner {
 public:
  SentenceScanner(const Lexicon& lexicon, std::string_view text, const AnalysedSentence& sentence,
                  std::size_t sentence_index)
      : lexicon_(lexicon), text_(text), tokens_(sentence.tokens), sentence_index_(sentence_index) {}

  std::string_view surface(std::size_t from, std::size_t to) const {
    return text_.substr(tokens_[from].span.begin,
                        tokens_[to - 1].span.end - tokens_[from].span.begin);
  }

  ActorMention make(std::size_t from, std::size_t to, ActorType type) const {
    ActorMention m;
    m.sentence = sentence_index_;
    m.first_token = from;
    m.phrase_first = from;
    m.end_token = to;
    m.span = {tokens_[from].span.begin, tokens_[to - 1].span.end};
    m.surface = std::string(surface(from, to));
    m.type = type;
    return m;
  }

  // A capitalised word that can be part of a proper name.
  bool is_name_word(std::size_t i) const {
    if (i >= tokens_.size()) return false;
    const Token& t = tokens_[i];
    if (!t.is_word() || !t.capitalised) return false;
    if (lexicon_.in_category(Cue::not_name, t)) return false;
    if (lexicon_.month(t) || lexicon_.weekday(t)) return false;
    return true;
  }

  // The gazetteer's longest match at i, honouring case: names start with a capital, and a
  // short all-capitals acronym ("AS", "UE") must be written in capitals.
  // Asked many times for the same word (by the main scan, name runs, organisations,
  // appositions), it is worked out once per word of the sentence.
  const std::optional<ActorMention>& gazetteer_at(std::size_t i) const {
    static const std::optional<ActorMention> kNone;
    if (i >= tokens_.size() || !tokens_[i].capitalised) return kNone;
    if (answer_of_token_.empty()) {
      answer_of_token_.assign(tokens_.size(), kNotAsked);
      // One answer per capitalised word at most, so the answers never move: callers hold
      // one while asking for another.
      gazetteer_answers_.reserve(static_cast<std::size_t>(std::count_if(
          tokens_.begin(), tokens_.end(), [](const Token& t) { return t.capitalised; })));
    }
    std::uint32_t& slot = answer_of_token_[i];
    if (slot == kNotAsked) {
      slot = static_cast<std::uint32_t>(gazetteer_answers_.size());
      look_up_gazetteer(i, gazetteer_answers_.emplace_back());
    }
    return gazetteer_answers_[slot];
  }

  // "Badan Intelijen Korea Selatan" names South Korea too: the state inside a known name.
  std::optional<ActorMention> inner_state(const ActorMention& outer) const {
    if (outer.type == ActorType::State) return std::nullopt;
    std::optional<ActorMention> parent;
    for (std::size_t k = outer.first_token + 1; k < outer.end_token; ++k)
      if (const auto& known = gazetteer_at(k); known && known->end_token <= outer.end_token) {
        if (known->type == ActorType::State) return known;
        // "Dewan Keamanan PBB": a body named inside an organisation's name is its parent.
        if (outer.type == ActorType::Organization && known->type == ActorType::Organization &&
            known->known_key != outer.known_key && !parent)
          parent = known;
      }
    return parent;
  }

  // A person's name: a run of 1-4 capitalised words that the gazetteer does not claim.
  std::size_t name_run(std::size_t i, std::size_t max_words = 4) const {
    std::size_t j = i;
    while (j < tokens_.size() && j - i < max_words && is_name_word(j) && !gazetteer_at(j) &&
           lexicon_.title_index().longest_at(tokens_, j).length == 0 &&
           lexicon_.organization_heads().longest_at(tokens_, j).length == 0)
      ++j;
    return j - i;
  }

  // "Kementerian Unifikasi Korea Selatan": a head noun and the capitalised words after it,
  // up to and including a state name, which becomes the organisation's state.
  std::optional<Found> organization_at(std::size_t i) const {
    if (i >= tokens_.size()) return std::nullopt;
    const auto head = lexicon_.organization_heads().longest_at(tokens_, i);
    if (head.length == 0) return std::nullopt;
    if (!tokens_[i].capitalised) return described_organization_at(i, head.length);
    std::size_t j = i + head.length;
    std::optional<ActorMention> state;
    while (j < tokens_.size()) {
      if (const auto& known = gazetteer_at(j)) {
        j = known->end_token;
        if (known->type == ActorType::State) {
          state = known;
          break;
        }
        continue;
      }
      // "Ministry of Foreign Affairs": a connector goes on only into a capitalised word.
      if (lexicon_.in_category(Cue::name_connector, tokens_[j]) && j + 1 < tokens_.size() &&
          tokens_[j + 1].capitalised && tokens_[j + 1].is_word()) {
        ++j;
        continue;
      }
      if (!is_name_word(j) && !(tokens_[j].capitalised && tokens_[j].is_word())) break;
      ++j;
    }
    // A connector never ends a name ("Ministry of Defence of" + a lower-case word).
    while (j > i + head.length && lexicon_.in_category(Cue::name_connector, tokens_[j - 1])) --j;
    if (j == i + head.length) return std::nullopt;  // a bare head noun names nothing
    Found found{make(i, j, ActorType::Organization), state};
    if (state) found.mention.belongs_to_surface = state->surface;
    return found;
  }

  // "Turkish Defence Ministry", "Russia's military", "the Indian Air Force": a body named by
  // its state, a possessive, up to two capitalised modifiers and a closing noun of
  // organization_tails.tsv. The state is the organisation's.
  std::optional<Found> described_body_at(std::size_t i) const {
    constexpr std::size_t kMaxModifiers = 2;
    const auto& state = gazetteer_at(i);
    if (!state || state->type != ActorType::State) return std::nullopt;
    std::size_t j = state->end_token;
    if (j < tokens_.size() && lexicon_.in_category(Cue::possessive, tokens_[j])) ++j;
    for (std::size_t modifiers = 0; modifiers <= kMaxModifiers; ++modifiers) {
      if (const auto tail = lexicon_.organization_tails().longest_at(tokens_, j); tail.length) {
        Found body{make(i, j + tail.length, ActorType::Organization), state};
        body.mention.belongs_to_surface = state->surface;
        return body;
      }
      if (j >= tokens_.size() || !tokens_[j].is_word() || !tokens_[j].capitalised ||
          gazetteer_at(j))
        return std::nullopt;
      ++j;
    }
    return std::nullopt;
  }

  // "kementerian pertahanan India", "kedutaan Rusia", "tentara Sudan": a body named by
  // description, lower-case, is an organisation only with its state right after a few
  // lower-case words (guidelines, decision 9).
  std::optional<Found> described_organization_at(std::size_t i, std::size_t head_length) const {
    constexpr std::size_t kMaxDescriptionWords = 3;
    std::size_t j = i + head_length;
    for (std::size_t words = 0; j < tokens_.size(); ++j, ++words) {
      if (const auto& known = gazetteer_at(j)) {
        if (known->type != ActorType::State) return std::nullopt;
        Found found{make(i, known->end_token, ActorType::Organization), known};
        found.mention.belongs_to_surface = known->surface;
        return found;
      }
      const Token& word = tokens_[j];
      if (words == kMaxDescriptionWords || !word.is_word() || word.capitalised ||
          lexicon_.in_category(Cue::preposition, word) ||
          lexicon_.in_category(Cue::coordinator, word) ||
          lexicon_.in_category(Cue::relative_marker, word) ||
          lexicon_.in_category(Cue::clause_boundary, word) ||
          // "kedutaan pun menasihati AS": an aspect word or particle follows a subject; the
          // words after it are its predicate, not the body's description.
          lexicon_.in_category(Cue::aspect, word))
        return std::nullopt;
    }
    return std::nullopt;
  }

  // The portfolio written after a title that takes one: capitalised words, maybe joined
  // by a coordinator, that end at a state ("Perminyakan dan Energi Suriah") or at the comma
  // before a name of at least two words ("Pendidikan Tinggi, X Y"). Without either end the
  // words may well be the name itself, so nothing is taken.
  struct Portfolio {
    std::size_t end = 0;  // one past its last word
    std::optional<ActorMention> state;
  };
  // `continues` says the title already names a portfolio ("Menteri Perikanan"), so the
  // words after it may open with a coordinator ("... dan Kelautan").
  std::optional<Portfolio> portfolio_at(std::size_t first, bool continues) const {
    constexpr std::size_t kMaxPortfolioWords = 8;
    std::size_t k = first;
    while (k < tokens_.size() && k - first < kMaxPortfolioWords && !gazetteer_at(k)) {
      const bool joins = (k > first || continues) &&
                         lexicon_.in_category(Cue::coordinator, tokens_[k]) && tokens_[k].is_word();
      if (!joins && !(tokens_[k].is_word() && tokens_[k].capitalised)) break;
      ++k;
    }
    if (k == first || lexicon_.in_category(Cue::coordinator, tokens_[k - 1])) return std::nullopt;
    if (const auto& known = gazetteer_at(k); known && known->type == ActorType::State)
      return Portfolio{k, known};
    if (k < tokens_.size() && tokens_[k].is(",") && name_run(k + 1) >= 2)
      return Portfolio{k, std::nullopt};
    return std::nullopt;
  }

  // "Presiden Iran Ebrahim Raisi", "Menteri Luar Negeri Korea Utara, Choe Son Hui",
  // "juru bicara Departemen Luar Negeri AS Matthew Miller": title, what it belongs to, name.
  std::optional<Found> titled_person_at(std::size_t i, std::vector<Found>& side_mentions) const {
    const auto title = lexicon_.title_index().longest_at(tokens_, i);
    if (title.length == 0) return std::nullopt;
    std::size_t j = i + title.length;
    // "Wakil Perdana Menteri merangkap Menhan Australia X": two offices joined; the one
    // written with the name and its state makes the mention, the phrase holds both.
    if (j + 1 < tokens_.size() && lexicon_.in_category(Cue::title_joiner, tokens_[j]) &&
        lexicon_.title_index().longest_at(tokens_, j + 1).length > 0)
      if (auto joined = titled_person_at(j + 1, side_mentions)) {
        joined->mention.phrase_first = i;
        return joined;
      }
    std::optional<ActorMention> owner;
    std::optional<Found> owner_org;
    // A known person right after the title is its holder, not what the office belongs to.
    if (const auto& known = gazetteer_at(j); known && known->type != ActorType::Person) {
      owner = known;
      j = known->end_token;
    } else if (auto org = organization_at(j)) {
      owner_org = org;
      owner = org->mention;
      j = org->mention.end_token;
    }
    // "Dubes China untuk Indonesia Wang Lutong": the state an envoy is sent to stands
    // between the title's state and the name.
    if (owner && j + 1 < tokens_.size() && lexicon_.in_category(Cue::preposition, tokens_[j]))
      if (const auto& accredited = gazetteer_at(j + 1);
          accredited && accredited->type == ActorType::State && name_run(accredited->end_token))
        j = accredited->end_token;
    std::size_t title_end = i + title.length;
    // A minister's title may go on past the lexicon's entry, whether that entry is the bare
    // head ("Menteri") or already names a portfolio ("Menteri Perikanan").
    bool has_portfolio_head = false;
    for (std::size_t t = i; t < title_end; ++t)
      has_portfolio_head =
          has_portfolio_head || lexicon_.in_category(Cue::portfolio_head, tokens_[t]);
    if (!owner && has_portfolio_head) {
      const bool names_portfolio =
          !lexicon_.in_category(Cue::portfolio_head, tokens_[title_end - 1]);
      if (auto portfolio = portfolio_at(j, names_portfolio)) {
        title_end = portfolio->end;
        owner = portfolio->state;
        j = portfolio->state ? portfolio->state->end_token : portfolio->end;
      }
    }
    if (j < tokens_.size() && tokens_[j].is(",")) ++j;
    // Titles stack: "President Dr X", "spokesperson Lt. Gen. X"; the first names the office.
    while (j < tokens_.size()) {
      if (tokens_[j].is(".") && j > i) {
        ++j;
        continue;
      }
      const auto more = lexicon_.title_index().longest_at(tokens_, j);
      if (more.length == 0) break;
      j += more.length;
    }
    std::size_t length = name_run(j);
    if (length == 0 && owner_org) {
      // The organisation rule swallowed the name: "Partai Komunis Li Hongzhong". A name
      // written after a titled organisation takes its last two capitalised words.
      const std::size_t org_words = owner_org->mention.end_token - owner_org->mention.first_token;
      if (!owner_org->belongs_to && org_words >= 4) {
        const std::size_t end = owner_org->mention.end_token;
        owner_org->mention = make(owner_org->mention.first_token, end - 2, ActorType::Organization);
        owner = owner_org->mention;
        j = end - 2;
        length = 2;
      }
    }
    std::optional<ActorMention> known_person;
    if (length == 0) {
      known_person = gazetteer_at(j);
      if (!known_person || known_person->type != ActorType::Person) return std::nullopt;
      length = known_person->end_token - j;
    }
    Found person{make(j, j + length, ActorType::Person), owner};
    if (known_person) person.mention.known_key = known_person->known_key;
    person.mention.phrase_first = i;
    person.mention.title = std::string(surface(i, title_end));
    person.mention.title_en = lexicon_.titles()[title.payload].office_en;
    if (owner) person.mention.belongs_to_surface = owner->surface;
    if (owner_org) side_mentions.push_back(*owner_org);
    return person;
  }

  // "Yun Jung Ho, menteri hubungan ekonomi eksternal Korea Utara,": name, comma, title.
  std::optional<Found> apposition_person_at(std::size_t i) const {
    const std::size_t length = name_run(i);
    if (length == 0) return std::nullopt;
    std::size_t j = i + length;
    if (j >= tokens_.size() || !tokens_[j].is(",")) return std::nullopt;
    ++j;
    if (j < tokens_.size() && lexicon_.in_category(Cue::apposition_filler, tokens_[j])) ++j;
    // "X, Russia's foreign minister," / "X, the Russian foreign minister,": the state
    // written before the title.
    std::optional<ActorMention> owner_before = gazetteer_at(j);
    if (owner_before) {
      j = owner_before->end_token;
      if (j < tokens_.size() && lexicon_.in_category(Cue::possessive, tokens_[j])) ++j;
    }
    const auto title = lexicon_.title_index().longest_at(tokens_, j);
    if (title.length == 0) return std::nullopt;
    Found person{make(i, i + length, ActorType::Person), owner_before};
    person.mention.title = std::string(surface(j, j + title.length));
    person.mention.title_en = lexicon_.titles()[title.payload].office_en;
    // The office's state or organisation: the first actor named before the next comma.
    for (std::size_t k = j + title.length;
         !person.belongs_to && k < tokens_.size() && !tokens_[k].is(","); ++k) {
      if (const auto& known = gazetteer_at(k)) {
        person.belongs_to = known;
        break;
      }
    }
    if (person.belongs_to) person.mention.belongs_to_surface = person.belongs_to->surface;
    return person;
  }

  // "Delegasi Pyongyang", "delegasi pemerintah China", "Para pejabat China": a group sent
  // by a state.
  std::optional<Found> delegation_at(std::size_t i) const {
    if (i >= tokens_.size() || !lexicon_.in_category(Cue::group_noun, tokens_[i]))
      return std::nullopt;
    std::size_t j = i + 1;
    while (j < tokens_.size() && j <= i + 3 && lexicon_.in_category(Cue::group_filler, tokens_[j]))
      ++j;
    auto state = gazetteer_at(j);
    if (!state || state->type != ActorType::State) {
      // "Delegasi dari akademi militer Rusia": the state closes a short phrase.
      state.reset();
      for (std::size_t k = j; k < tokens_.size() && k <= j + 4 && tokens_[k].is_word(); ++k) {
        if (const auto& known = gazetteer_at(k); known && known->type == ActorType::State) {
          if (lexicon_.in_category(Cue::group_filler, tokens_[j]) ||
              lexicon_.in_category(Cue::source_preposition, tokens_[j]))
            state = known;
          break;
        }
      }
      if (!state) return std::nullopt;
    }
    std::size_t begin = i;
    while (begin > 0 && lexicon_.in_category(Cue::group_filler, tokens_[begin - 1])) --begin;
    Found group{make(i, state->end_token, ActorType::Delegation), state};
    group.mention.phrase_first = begin;
    group.mention.belongs_to_surface = state->surface;
    return group;
  }

  const std::vector<Token>& tokens() const { return tokens_; }

 private:
  const Lexicon& lexicon_;
  std::string_view text_;
  const std::vector<Token>& tokens_;
  std::size_t sentence_index_;

  // The gazetteer's longest match at i (see gazetteer_at), looked up into `found`, which is
  // empty on entry.
  void look_up_gazetteer(std::size_t i, std::optional<ActorMention>& found) const {
    for (const auto& match : lexicon_.actor_names().all_at(tokens_, i)) {
      const std::string_view written = surface(i, i + match.length);
      if (match.length == 1 && written.size() <= 4 && is_all_upper(written) == false &&
          lexicon_.in_category(Cue::acronym_only, tokens_[i]))
        continue;
      if (match.length == 1 && written.size() <= 3 && !is_all_upper(written)) continue;
      const KnownActor& actor = lexicon_.actors()[match.payload & ~Lexicon::kCapitalBit];
      ActorMention& m = found.emplace(make(i, i + match.length, actor.type));
      m.known_key = actor.key;
      m.via_capital = (match.payload & Lexicon::kCapitalBit) != 0;
      return;
    }
  }

  // The gazetteer's answers for the words asked about, in the order asked, and where each
  // word's answer is (kNotAsked until asked). Only an index per word: a mention is large,
  // and filling one per word of every sentence wrote more memory than the scan read.
  static constexpr std::uint32_t kNotAsked = UINT32_MAX;
  mutable std::vector<std::uint32_t> answer_of_token_;  // empty until the first question
  mutable std::vector<std::optional<ActorMention>> gazetteer_answers_;
};

// The longest acronym read as an organisation's short name ("RSF", "UNHRC").
constexpr std::size_t kMaxAcronymLength = 8;

std::size_t count_occurrences(std::string_view text, std::string_view word) {
  std::size_t count = 0;
  for (std::size_t at = text.find(word); at != std::string_view::npos && !word.empty();
       at = text.find(word, at + word.size()))
    ++count;
  return count;
}

void append(Found&& found, std::vector<ActorMention>& out) {
  if (found.belongs_to) {
    out.push_back(std::move(*found.belongs_to));
    found.mention.belongs_to = out.size() - 1;
  }
  out.push_back(std::move(found.mention));
}

}  // namespace

namespace {

// Optimal string alignment distance of exactly 1: one substitution, insertion, deletion or
// transposition apart. (Views compare their sizes before their bytes, and most candidate
// suffixes differ in size.)
bool one_edit_apart(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  if (n > m + 1 || m > n + 1) return false;
  std::size_t i = 0;
  while (i < n && i < m && a[i] == b[i]) ++i;
  if (i == n && i == m) return false;  // the same word
  // One is the other plus a last letter: a derived word ("Nigerian", "Israeli"), not a typo.
  if (i == n || i == m) return false;
  // One substitution, insertion, deletion or transposition at the first difference.
  if (n == m && a.substr(i + 1) == b.substr(i + 1)) return true;
  if (a.substr(i) == b.substr(i + 1)) return true;
  if (a.substr(i + 1) == b.substr(i)) return true;
  return i + 1 < n && n == m && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         a.substr(i + 2) == b.substr(i + 2);
}

// Which byte values (modulo 64) a word holds. One edit (a substitution, insertion, deletion
// or transposition) changes that set by at most two: one value gone, one come. Words whose
// sets differ by more are not one edit apart, which most pairs show in a few instructions.
std::uint64_t byte_signature(std::string_view word) {
  std::uint64_t seen = 0;
  for (const char c : word) seen |= std::uint64_t{1} << (static_cast<unsigned char>(c) & 63);
  return seen;
}

bool may_be_one_edit_apart(std::uint64_t a_seen, std::uint64_t b_seen) {
  // At most two bits differ: clearing the lowest set bit twice leaves nothing. (std::popcount
  // is a library call without the POPCNT instruction, which the baseline x86-64 lacks.)
  std::uint64_t differ = a_seen ^ b_seen;
  differ &= differ - 1;
  return (differ & (differ - 1)) == 0;
}

}  // namespace

MentionFinder::MentionFinder(const Lexicon& lexicon) : lexicon_(lexicon) {
  for (std::size_t i = 0; i < lexicon.actors().size(); ++i) {
    const KnownActor& actor = lexicon.actors()[i];
    if (actor.type != ActorType::State) continue;
    auto add = [&](const std::string& name, std::uint32_t payload) {
      const auto words = phrase_words(name);
      if (words.size() == 1 && words.front().size() >= 6)
        fuzzy_names_.push_back({words.front(), payload, 0, byte_signature(words.front())});
    };
    for (const auto& name : actor.names) add(name, static_cast<std::uint32_t>(i));
    for (const auto& capital : actor.capitals)
      add(capital, static_cast<std::uint32_t>(i) | Lexicon::kCapitalBit);
  }
  // Grouped by first byte, then by length, so a word is compared only with names that
  // start like it and are at most one byte longer or shorter. `order` keeps the lexicon's
  // order, in which the last match decides the capital bit.
  for (std::size_t k = 0; k < fuzzy_names_.size(); ++k) fuzzy_names_[k].order = k;
  std::sort(fuzzy_names_.begin(), fuzzy_names_.end(), [](const FuzzyName& a, const FuzzyName& b) {
    const auto first_a = static_cast<unsigned char>(a.folded.front());
    const auto first_b = static_cast<unsigned char>(b.folded.front());
    const std::size_t a_size = a.folded.size(), b_size = b.folded.size();
    return std::tie(first_a, a_size, a.order) < std::tie(first_b, b_size, b.order);
  });
  std::size_t begin = 0;
  for (std::size_t k = 0; k <= fuzzy_names_.size(); ++k) {
    if (k < fuzzy_names_.size() &&
        fuzzy_names_[k].folded.front() == fuzzy_names_[begin].folded.front())
      continue;
    if (k > begin)
      fuzzy_by_first_byte_[static_cast<unsigned char>(fuzzy_names_[begin].folded.front())] = {begin,
                                                                                              k};
    begin = k;
  }
}

std::optional<std::uint32_t> MentionFinder::misspelt_state(const Token& word) const {
  if (!word.is_word() || !word.capitalised || word.folded.size() < 6) return std::nullopt;
  const auto [bucket_begin, bucket_end] =
      fuzzy_by_first_byte_[static_cast<unsigned char>(word.folded.front())];
  const auto bucket_first = fuzzy_names_.begin() + static_cast<std::ptrdiff_t>(bucket_begin);
  const auto bucket_last = fuzzy_names_.begin() + static_cast<std::ptrdiff_t>(bucket_end);
  // One edit changes the length by at most one byte.
  const auto shortest = std::partition_point(bucket_first, bucket_last, [&](const FuzzyName& name) {
    return name.folded.size() + 1 < word.folded.size();
  });
  const FuzzyName* found = nullptr;
  const std::uint64_t word_seen = byte_signature(word.folded);
  for (auto name = shortest; name != bucket_last && name->folded.size() <= word.folded.size() + 1;
       ++name) {
    if (!may_be_one_edit_apart(word_seen, name->bytes_seen) ||
        !one_edit_apart(word.folded, name->folded))
      continue;
    if (found &&
        (found->payload & ~Lexicon::kCapitalBit) != (name->payload & ~Lexicon::kCapitalBit))
      return std::nullopt;
    if (!found || name->order > found->order) found = &*name;
  }
  if (!found) return std::nullopt;
  return found->payload;
}

void MentionFinder::find(std::string_view text, const std::vector<AnalysedSentence>& sentences,
                         std::vector<ActorMention>& out) const {
  // Pass 1: gazetteer names, organisations, titled persons, appositions, delegations.
  // Mentions are appended sentence by sentence; first_of_sentence[s] is where sentence s
  // starts in `out`, so pass 2 looks only at its own sentence's mentions (linear in tokens).
  const std::size_t already = out.size();
  std::vector<std::size_t> first_of_sentence(sentences.size() + 1, already);
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    first_of_sentence[s] = out.size();
    SentenceScanner scan(lexicon_, text, sentences[s], s);
    const auto& tokens = sentences[s].tokens;
    std::size_t i = 0;
    // Kept across words so their storage is reused.
    std::vector<Found> side;
    std::vector<Found> candidates;
    while (i < tokens.size()) {
      side.clear();
      candidates.clear();
      if (auto f = scan.titled_person_at(i, side)) candidates.push_back(std::move(*f));
      if (auto f = scan.delegation_at(i)) candidates.push_back(std::move(*f));
      if (auto f = scan.apposition_person_at(i)) candidates.push_back(std::move(*f));
      if (const auto& m = scan.gazetteer_at(i)) candidates.push_back({*m, scan.inner_state(*m)});
      if (auto f = scan.organization_at(i)) candidates.push_back(std::move(*f));
      if (auto f = scan.described_body_at(i)) candidates.push_back(std::move(*f));
      if (candidates.empty()) {
        // Conservative typo matching: one edit away from exactly one state or capital.
        if (auto payload = misspelt_state(tokens[i]); payload && !scan.is_name_word(i + 1)) {
          const KnownActor& actor = lexicon_.actors()[*payload & ~Lexicon::kCapitalBit];
          ActorMention m = scan.make(i, i + 1, actor.type);
          m.known_key = actor.key;
          m.via_capital = (*payload & Lexicon::kCapitalBit) != 0;
          out.push_back(std::move(m));
        }
        ++i;
        continue;
      }
      // Titled persons and delegations cover the names inside them; else the longest wins.
      const auto best = std::max_element(
          candidates.begin(), candidates.end(),
          [](const Found& a, const Found& b) { return a.mention.end_token < b.mention.end_token; });
      // Moved from where it stands: `candidates` is cleared for the next word anyway.
      Found& chosen = *best;
      // Headlines capitalise every word: a name found by rule there ("Menlu Amerika Jumpai
      // Xi") is a name only if the article writes it again.
      if (sentences[s].is_title && chosen.mention.type == ActorType::Person &&
          chosen.mention.known_key.empty() && count_occurrences(text, chosen.mention.surface) < 2) {
        ++i;
        continue;
      }
      if (chosen.mention.type == ActorType::Person && !side.empty() &&
          side.front().mention.first_token < chosen.mention.first_token) {
        append(std::move(side.front()), out);
        chosen.mention.belongs_to = out.size() - 1;
        chosen.belongs_to.reset();
      }
      // "Iranian President X", "Russia's Foreign Minister X": the title's state or
      // organisation written right before it, maybe with a possessive.
      if (chosen.mention.type == ActorType::Person && !chosen.mention.title.empty() &&
          !chosen.belongs_to && chosen.mention.belongs_to == SIZE_MAX && out.size() > already &&
          out.back().sentence == s &&
          (out.back().type == ActorType::State || out.back().type == ActorType::Organization)) {
        // Capitalised words between the owner and the title qualify the office ("Taiwan's
        // Deputy Economic Affairs Minister X").
        constexpr std::size_t kMaxTitleModifiers = 3;
        const std::size_t title_first = chosen.mention.phrase_first;
        std::size_t modifiers_first = title_first;
        while (modifiers_first > out.back().end_token &&
               title_first - modifiers_first < kMaxTitleModifiers &&
               tokens[modifiers_first - 1].is_word() && tokens[modifiers_first - 1].capitalised)
          --modifiers_first;
        std::size_t edge = modifiers_first;
        if (edge > 0 && lexicon_.in_category(Cue::possessive, tokens[edge - 1])) --edge;
        if (out.back().end_token == edge) {
          chosen.mention.belongs_to = out.size() - 1;
          chosen.mention.belongs_to_surface = out.back().surface;
          // The whole phrase is the person's: a clause reads it as one argument.
          chosen.mention.phrase_first = out.back().first_token;
          const std::size_t title_end =
              tokens[title_first].span.begin + chosen.mention.title.size();
          chosen.mention.title = std::string(text.substr(
              tokens[modifiers_first].span.begin, title_end - tokens[modifiers_first].span.begin));
        }
      }
      i = std::max(chosen.mention.end_token, i + 1);
      append(std::move(chosen), out);
    }
  }

  first_of_sentence[sentences.size()] = out.size();

  // Pass 2: short forms of the persons named in this document ("Kim", "Putin", "Son Hui").
  std::map<std::vector<std::string>, std::string> short_forms;  // words -> full surface
  std::map<std::string, std::string> known_keys;                // full surface -> gazetteer key
  for (const ActorMention& m : out) {
    if (m.type != ActorType::Person) continue;
    if (!m.known_key.empty()) known_keys.emplace(m.surface, m.known_key);
    auto words = phrase_words(m.surface);
    if (words.size() < 2) continue;
    short_forms.emplace(std::vector<std::string>{words.front()}, m.surface);
    short_forms.emplace(std::vector<std::string>{words.back()}, m.surface);
    if (words.size() >= 3)
      short_forms.emplace(std::vector<std::string>(words.end() - 2, words.end()), m.surface);
  }
  // Acronyms the article introduces in brackets after an organisation's name ("Pasukan
  // Dukungan Cepat (RSF)"): later on the acronym alone names it.
  std::map<std::string, const ActorMention*> acronyms;  // folded acronym -> the named mention
  for (const ActorMention& m : out) {
    if (m.type != ActorType::Organization) continue;
    const auto& tokens = sentences[m.sentence].tokens;
    const std::size_t t = m.end_token;
    if (t + 2 >= tokens.size() || !tokens[t].is("(") || !tokens[t + 2].is(")")) continue;
    const std::string_view written = tokens[t + 1].span.of(text);
    const bool is_acronym =
        written.size() >= 2 && written.size() <= kMaxAcronymLength &&
        std::all_of(written.begin(), written.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (is_acronym) acronyms.emplace(tokens[t + 1].folded, &m);
  }
  if (short_forms.empty() && acronyms.empty()) return;
  std::vector<ActorMention> extra;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    SentenceScanner scan(lexicon_, text, sentences[s], s);
    const auto& tokens = sentences[s].tokens;
    std::vector<bool> covered(tokens.size(), false);
    for (std::size_t k = first_of_sentence[s]; k < first_of_sentence[s + 1]; ++k)
      for (std::size_t t = out[k].first_token; t < out[k].end_token && t < tokens.size(); ++t)
        covered[t] = true;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (covered[i]) continue;
      if (auto acronym = acronyms.find(tokens[i].folded);
          acronym != acronyms.end() && !(i >= 2 && tokens[i - 1].is("(") && covered[i - 2])) {
        const ActorMention& named = *acronym->second;
        ActorMention m = scan.make(i, i + 1, ActorType::Organization);
        m.known_key = named.known_key;
        m.full_name = named.full_name.empty() ? named.surface : named.full_name;
        extra.push_back(std::move(m));
        continue;
      }
      if (!scan.is_name_word(i)) continue;
      for (std::size_t length : {2u, 1u}) {
        if (i + length > tokens.size()) continue;
        std::vector<std::string> words;
        for (std::size_t k = i; k < i + length; ++k) words.push_back(tokens[k].folded);
        auto found = short_forms.find(words);
        if (found == short_forms.end()) continue;
        // A short form inside a longer unknown name is another person ("Kim Yo Jong").
        if (scan.is_name_word(i + length) && !scan.gazetteer_at(i + length)) break;
        ActorMention m = scan.make(i, i + length, ActorType::Person);
        m.full_name = found->second;
        if (auto key = known_keys.find(found->second); key != known_keys.end())
          m.known_key = key->second;
        extra.push_back(std::move(m));
        i += length - 1;
        break;
      }
    }
  }
  for (auto& m : extra) out.push_back(std::move(m));
  // Text order, with the links between mentions renumbered.
  std::vector<std::size_t> order(out.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(out[a].sentence, out[a].first_token) <
           std::tie(out[b].sentence, out[b].first_token);
  });
  // Mentions are large: when they already stand in text order, they stay where they are.
  if (std::is_sorted(order.begin(), order.end())) return;
  std::vector<std::size_t> new_index(out.size());
  for (std::size_t k = 0; k < order.size(); ++k) new_index[order[k]] = k;
  for (ActorMention& m : out) {
    if (m.belongs_to != SIZE_MAX) m.belongs_to = new_index[m.belongs_to];
    if (m.led_by != SIZE_MAX) m.led_by = new_index[m.led_by];
  }
  // Each mention moves straight to its place, one cycle of the permutation at a time
  // (order[k] is the mention that belongs at k; a place done is marked order[k] == k): no
  // second list of mentions is written, and those already in place do not move.
  for (std::size_t start = 0; start < out.size(); ++start) {
    if (order[start] == start) continue;
    ActorMention held = std::move(out[start]);
    std::size_t k = start;
    while (order[k] != start) {
      const std::size_t from = order[k];
      out[k] = std::move(out[from]);
      order[k] = k;
      k = from;
    }
    out[k] = std::move(held);
    order[k] = k;
  }
}

}  // namespace diplograph
