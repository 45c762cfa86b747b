#include "resolve/resolver.h"

#include <cmath>
#include <map>
#include <unordered_set>

#include "text/language_tag.h"
#include "text/utf8.h"

namespace diplograph {

std::string key_from_name(std::string_view name) {
  const std::string folded = fold_case(name);
  std::string key;
  for (const char ch : folded) {
    const auto c = static_cast<unsigned char>(ch);
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    if (keep) {
      key += ch;
    } else if (c == '.' || c == '\'') {
      continue;  // "U.S." and "Jum'at" fold without a break
    } else if (!key.empty() && key.back() != '-') {
      key += '-';
    }
  }
  while (!key.empty() && key.back() == '-') key.pop_back();
  return key;
}

ResolvedDocument Resolver::resolve(const DocumentExtraction& extraction) const {
  ResolvedDocument out;
  out.record.meta = extraction.meta;
  out.record.bytes = extraction.bytes;
  out.record.sentences = extraction.sentence_spans.size();
  const std::string& doc = extraction.meta.id;
  // The tag the exports give the document's text: its stated or detected tag, else the
  // language of the lexicon it was read with.
  const std::string& language =
      is_language_tag(extraction.meta.lang) ? extraction.meta.lang : lexicon_.tag();

  // One key per mention (empty for mentions that are not actors of their own).
  std::vector<std::string> keys(extraction.mentions.size());
  std::map<std::string, ActorVertex> actors;
  // An actor named again only gains the name (and mention m its key): the first mention made
  // the rest of it.
  auto named_again = [&](const std::string& key, std::size_t m) {
    const auto named = actors.find(key);
    if (named == actors.end()) return false;
    keys[m] = key;
    named->second.names.insert(extraction.mentions[m].surface);
    return true;
  };
  for (std::size_t m = 0; m < extraction.mentions.size(); ++m) {
    const ActorMention& mention = extraction.mentions[m];
    if (mention.type == ActorType::Delegation) continue;
    // A known actor's key is its gazetteer key: met again, it only gains the name.
    if (!mention.known_key.empty() && named_again(mention.known_key, m)) continue;
    const KnownActor* known =
        mention.known_key.empty() ? nullptr : lexicon_.actor(mention.known_key);
    const std::string& full = mention.full_name.empty() ? mention.surface : mention.full_name;
    std::string key = known ? known->key : key_from_name(full);
    if (key.empty()) continue;
    if (named_again(key, m)) continue;
    keys[m] = key;
    ActorVertex actor;
    actor.key = std::move(key);
    if (known) {
      actor.type = known->type;
      actor.label = known->label_local.empty() ? known->label_en : known->label_local;
      actor.labels = known->labels;
      actor.iso3 = known->iso3;
      actor.wikidata = known->wikidata;
    } else {
      actor.type = mention.type;
      actor.label = full;
    }
    // The name the text used is its label in the text's language, where the gazetteer
    // gives it none.
    actor.labels.emplace(language, actor.label);
    actor.names.insert(mention.surface);
    actor.documents.insert(doc);
    actors.emplace(actor.key, std::move(actor));
  }
  // Delegations stay actors of the graph, keyed by their state ("north-korea-delegation"):
  // one per state and document's run of the corpus, so the same state's delegations named
  // in one document are one actor.
  for (std::size_t m = 0; m < extraction.mentions.size(); ++m) {
    const ActorMention& mention = extraction.mentions[m];
    if (mention.type != ActorType::Delegation || mention.belongs_to == SIZE_MAX) continue;
    const std::string& state = keys[mention.belongs_to];
    if (state.empty() || extraction.mentions[mention.belongs_to].type != ActorType::State) continue;
    const std::string key = state + "-" + key_from_name(name_of(ActorType::Delegation));
    if (named_again(key, m)) continue;
    keys[m] = key;
    ActorVertex actor;
    actor.key = key;
    actor.type = ActorType::Delegation;
    actor.label = mention.surface;
    actor.labels.emplace(language, actor.label);
    actor.names.insert(mention.surface);
    actor.documents.insert(doc);
    actors.emplace(actor.key, std::move(actor));
  }
  // Offices, now that every mention has its key.
  for (std::size_t m = 0; m < extraction.mentions.size(); ++m) {
    const ActorMention& mention = extraction.mentions[m];
    // A word before a name that names no office ("his Chinese counterpart X") is no office.
    if (mention.type != ActorType::Person || mention.title.empty() || mention.title_en.empty() ||
        keys[m].empty())
      continue;
    Office office{mention.title, mention.title_en,
                  mention.belongs_to == SIZE_MAX ? "" : keys[mention.belongs_to]};
    actors[keys[m]].offices.insert(office);
  }
  // An actor named only in a dateline ("JAKARTA - ...") is where the news was filed: it is
  // an actor of the document only when a relation takes it in.
  // Views of `keys`, which no longer changes; only asked whether it holds a key.
  std::unordered_set<std::string_view> named_in_text;
  named_in_text.reserve(extraction.mentions.size());
  for (std::size_t m = 0; m < extraction.mentions.size(); ++m)
    if (!extraction.mentions[m].in_dateline) named_in_text.insert(keys[m]);
  for (const RelationCandidate& candidate : extraction.relations) {
    named_in_text.insert(keys[candidate.subject]);
    named_in_text.insert(keys[candidate.object]);
  }
  for (auto& [key, actor] : actors)
    if (named_in_text.count(key)) out.actors.push_back(std::move(actor));

  // A delegation belongs to its state and is led by its leader: affiliations read from
  // the delegation's own phrase. (In relations a delegation takes part as its state: the
  // relation finder already mapped them.)
  std::vector<RelationCandidate> candidates = extraction.relations;
  for (std::size_t m = 0; m < extraction.mentions.size(); ++m) {
    const ActorMention& mention = extraction.mentions[m];
    if (mention.type != ActorType::Delegation || keys[m].empty()) continue;
    RelationCandidate membership;
    membership.type = RelationType::affiliation;
    membership.sentence = mention.sentence;
    membership.trigger = mention.span;
    membership.confidence = 0.9;
    membership.subject = m;
    membership.object = mention.belongs_to;
    candidates.push_back(membership);
    if (mention.led_by != SIZE_MAX) {
      membership.subject = mention.led_by;
      membership.object = m;
      membership.confidence = 0.8;
      candidates.push_back(membership);
    }
  }
  // Each sentence's text once, shared by every mention it gives.
  std::vector<SharedText> sentences;
  sentences.reserve(extraction.sentence_texts.size());
  for (const std::string& text : extraction.sentence_texts) sentences.emplace_back(text);
  for (const RelationCandidate& candidate : candidates) {
    const std::string& subject = keys[candidate.subject];
    const std::string& object = keys[candidate.object];
    if (subject.empty() || object.empty() || subject == object) continue;
    RelationEdge event;
    event.type = candidate.type;
    event.subject = subject;
    event.object = object;
    if (is_symmetric(event.type) && event.object < event.subject)
      std::swap(event.subject, event.object);
    event.date = candidate.date;
    event.modality = candidate.modality;
    event.office = candidate.office;
    Mention mention;
    mention.document = doc;
    mention.span = extraction.sentence_spans[candidate.sentence];
    mention.trigger = candidate.trigger;
    mention.sentence = sentences[candidate.sentence];
    // Four decimals, as the RDF export writes it, so an export read back by `merge` holds
    // the very same value.
    mention.confidence = std::round(candidate.confidence * 10000.0) / 10000.0;
    event.mentions.push_back(std::move(mention));
    out.events.push_back(std::move(event));
  }
  return out;
}

}  // namespace diplograph
