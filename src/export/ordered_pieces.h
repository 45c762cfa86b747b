#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace diplograph {

// Makes the text of one file in numbered pieces on several threads and writes the pieces in
// order, the way pigz compresses: a file whose text is costly to make (Serd's Turtle) need
// not be made by one thread while the others wait.
//
// A piece may hold text for several files written side by side (graph.ttl and graph.nt).
// `render(piece, texts)` fills `texts` with piece `piece`'s text, one string per file: the
// strings it gets are empty, or hold none yet, and keep the memory of a piece written
// before. It may run on any of up to `threads` threads (the calling thread included) at
// once, so it must only read shared state. `write(texts)` gets pieces 0 .. count - 1 in
// that order, always on the calling thread. At most `window` pieces are made ahead of the
// one being written, so memory stays bounded however large the files.
//
// If `render` or `write` throws, no further piece is started; once every thread has
// stopped, the first exception is rethrown. If no helper thread can be started, the
// calling thread makes every piece itself.
using PieceTexts = std::vector<std::string>;
void write_pieces_in_order(std::size_t count, unsigned threads, std::size_t window,
                           const std::function<void(std::size_t piece, PieceTexts& texts)>& render,
                           const std::function<void(const PieceTexts& texts)>& write);

}  // namespace diplograph
