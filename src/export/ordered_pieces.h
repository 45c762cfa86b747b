#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace diplograph {

// Makes the text of one or more files in numbered pieces on several threads and writes the
// pieces in order, the way pigz compresses: a file whose text is costly to make (Serd's
// Turtle) need not be made by one thread while the others wait, and writing is shared out
// too, so that no one thread both writes every file and makes pieces.
//
// Each piece holds text for `files` files written side by side (graph.nt and graph.ttl).
// `render(piece, texts)` fills `texts` (`files` strings, empty, keeping the memory of a
// piece written before) with piece `piece`'s text, one string per file. `write(file, text)`
// gets each file's text of pieces 0 .. count - 1 in that order. Both run on any of up to
// `threads` threads (the calling thread included), render on several at once, so it must
// only read shared state. One file's writes never overlap, each one done before the next
// starts; different files' may run at once. At most `window` pieces are made and not yet
// written to every file, so memory stays bounded however large the files.
//
// If `render` or `write` throws, no further piece is started or written; once every thread
// has stopped, the first exception is rethrown. If no helper thread can be started, the
// calling thread does all the work itself.
using PieceTexts = std::vector<std::string>;
void write_pieces_in_order(
    std::size_t count, std::size_t files, unsigned threads, std::size_t window,
    const std::function<void(std::size_t piece, PieceTexts& texts)>& render,
    const std::function<void(std::size_t file, const std::string& text)>& write);

}  // namespace diplograph
