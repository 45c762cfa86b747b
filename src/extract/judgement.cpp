// Judgements: a statement or act of one actor judged by another ("ucapan X tidak dapat
// diterima", "tindakan X itu tidak bisa diterima, kata Y"). The predicate names no verb of
// rejection; the one who says it (the main clause's subject or the quoted speaker) is the
// judge, the actor owning the judged noun right before the predicate its author.
#include <algorithm>

#include "extract/clause_reader.h"

namespace diplograph {

void DocumentRelations::apply_judgement(const std::vector<Token>& tokens, Context context) {
  const FoundTrigger& found = context.trigger;
  const std::size_t start = clause_start(tokens, found.first);
  // The author: the nearest actor before the predicate in its clause, owning the judged noun
  // ("ucapan Presiden X tersebut"), not one a preposition governs.
  std::optional<Group> author;
  for (const Group& g : groups_)
    if (g.first >= start && g.end <= found.first && !g.is_source && !g.in_place_name &&
        !after_preposition(tokens, g))
      author = g;
  // The judged noun comes first ("tindakan X"): an actor opening the clause is its subject,
  // judged itself ("X tidak dapat diterima sebagai anggota"), not the author of an act.
  if (!author || author->first == start) return;
  // The judge: the one quoted after it ("..., kata Y") or reporting it ("Y menegaskan bahwa
  // ..."), else the subject of the sentence's main clause before the judged noun.
  std::optional<Group> judge = reporter_of_clause(tokens, start, found.end);
  if (!judge) {
    const auto subject = std::find_if(groups_.begin(), groups_.end(), [&](const Group& g) {
      return g.first >= body_start_ && g.end <= author->first;
    });
    if (subject != groups_.end() && !subject->in_place_name &&
        !after_preposition(tokens, *subject) && subject->end != author->first)
      judge = *subject;
  }
  // "Seraya menilai tuduhan X tak berdasar, Y menambahkan ...": the fronted clause's judge
  // is the main clause's subject after its comma.
  if (!judge) judge = fronted_clause_controller(tokens, start, found.first);
  if (!judge) return;
  // The judged noun may be an allegation ("tuduhan X tak berdasar"); judging it is the
  // judge's own act, asserted.
  if (context.modality == static_cast<int>(Modality::alleged))
    context.modality = static_cast<int>(Modality::asserted);
  context.subject_role = ArgumentRole::speaker;
  context.object_role = ArgumentRole::object;
  for (std::size_t a : judge->mentions)
    for (std::size_t b : author->mentions)
      emit(found.trigger.relation, participant(a), participant(b), context, 0.6);
}

}  // namespace diplograph
