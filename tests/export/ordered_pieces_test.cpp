// write_pieces_in_order, with real threads: pieces made out of order on several threads
// still reach each file's writer in order, one write of a file at a time, memory stays
// within the window, and a failure on either side stops the rest and is rethrown.
#include "export/ordered_pieces.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>

namespace diplograph {
namespace {

std::string text_of(std::size_t piece) { return "piece " + std::to_string(piece) + ";"; }

// Some pieces take longer than others, so helpers finish them out of order.
void uneven_pause(std::size_t piece) {
  if (piece % 7 == 3) std::this_thread::sleep_for(std::chrono::microseconds(300));
}

TEST(OrderedPieces, WritesEveryPieceOnceInOrderWhateverTheThreads) {
  for (const unsigned threads : {1u, 2u, 3u, 8u}) {
    for (const std::size_t window : {std::size_t{1}, std::size_t{2}, std::size_t{16}}) {
      // Each file's text is appended without a lock: only one write of a file runs at once.
      std::string first, second;
      std::atomic<int> writing_first{0}, overlaps{0};
      write_pieces_in_order(
          200, 2, threads, window,
          [](std::size_t piece, PieceTexts& texts) {
            uneven_pause(piece);
            texts[0] += text_of(piece);
            texts[1] += std::to_string(piece * 2) + ",";
          },
          [&](std::size_t file, const std::string& text) {
            if (file == 1) return void(second += text);
            overlaps += writing_first++ != 0;
            uneven_pause(first.size());
            first += text;
            --writing_first;
          });
      std::string expected_first, expected_second;
      for (std::size_t piece = 0; piece < 200; ++piece) {
        expected_first += text_of(piece);
        expected_second += std::to_string(piece * 2) + ",";
      }
      EXPECT_EQ(first, expected_first) << threads << " threads, window " << window;
      EXPECT_EQ(second, expected_second) << threads << " threads, window " << window;
      EXPECT_EQ(overlaps, 0) << threads << " threads, window " << window;
    }
  }
}

TEST(OrderedPieces, GivesEmptyStringsEvenWhenTheirMemoryIsReused) {
  std::atomic<int> not_empty{0}, wrong_count{0};
  std::atomic<std::size_t> pieces_written{0};
  write_pieces_in_order(
      100, 1, 3, 4,
      [&](std::size_t piece, PieceTexts& texts) {
        wrong_count += texts.size() != 1;
        for (const std::string& text : texts) not_empty += !text.empty();
        texts[0] += std::string(1000 + piece, 'x');
      },
      [&](std::size_t, const std::string&) { ++pieces_written; });
  EXPECT_EQ(not_empty, 0);
  EXPECT_EQ(wrong_count, 0);
  EXPECT_EQ(pieces_written, 100u);
}

TEST(OrderedPieces, WritesDifferentFilesOnDifferentThreadsAtOnce) {
  // Two files whose writes are slow: with two threads, a write of one file runs while the
  // other's does (the writer of the first waits until it sees the second start, or gives up).
  std::atomic<int> writing{0}, seen_together{0};
  write_pieces_in_order(
      50, 2, 2, 4,
      [](std::size_t piece, PieceTexts& texts) { texts[0] = texts[1] = text_of(piece); },
      [&](std::size_t, const std::string&) {
        ++writing;
        for (int wait = 0; wait < 200 && writing.load() < 2; ++wait)
          std::this_thread::sleep_for(std::chrono::microseconds(50));
        seen_together += writing.load() == 2;
        --writing;
      });
  EXPECT_GT(seen_together.load(), 0) << "no two writes ran at once";
}

TEST(OrderedPieces, NeverMakesAPieceMoreThanTheWindowAheadOfTheWriter) {
  std::atomic<std::size_t> written{0};
  std::atomic<std::size_t> furthest_ahead{0};
  write_pieces_in_order(
      300, 1, 4, 3,
      [&](std::size_t piece, PieceTexts& texts) {
        // A piece starts only while piece - window < the pieces written so far.
        const std::size_t ahead = piece - std::min(piece, written.load());
        std::size_t seen = furthest_ahead.load();
        while (ahead > seen && !furthest_ahead.compare_exchange_weak(seen, ahead)) {
        }
        uneven_pause(piece);
        texts[0] = text_of(piece);
      },
      [&](std::size_t, const std::string&) {
        std::this_thread::sleep_for(std::chrono::microseconds(50));
        ++written;
      });
  EXPECT_EQ(written.load(), 300u);
  EXPECT_LE(furthest_ahead.load(), 3u);
  EXPECT_GE(furthest_ahead.load(), 1u) << "no piece was made ahead: the helpers did not help";
}

TEST(OrderedPieces, AFailingPieceStopsTheRestAndIsRethrown) {
  for (const unsigned threads : {1u, 2u, 4u}) {
    std::size_t last_written = 0;
    std::size_t pieces_written = 0;
    EXPECT_THROW(write_pieces_in_order(
                     1000, 1, threads, 4,
                     [](std::size_t piece, PieceTexts& texts) {
                       if (piece == 40) throw std::runtime_error("piece 40 cannot be made");
                       texts[0] = text_of(piece);
                     },
                     [&](std::size_t, const std::string& text) {
                       EXPECT_EQ(text, text_of(pieces_written));
                       last_written = pieces_written++;
                     }),
                 std::runtime_error)
        << threads << " threads";
    EXPECT_LT(last_written, 40u) << "a piece after the failed one was written";
    EXPECT_LE(pieces_written, 40u);
  }
}

TEST(OrderedPieces, AFailingWriteStopsTheHelpersAndIsRethrown) {
  std::atomic<std::size_t> made{0};
  try {
    write_pieces_in_order(
        1000, 1, 3, 4,
        [&](std::size_t piece, PieceTexts& texts) {
          ++made;
          texts[0] = text_of(piece);
        },
        [](std::size_t, const std::string& text) {
          if (text == text_of(10)) throw std::runtime_error("disk full");
        });
    FAIL() << "the failed write was not rethrown";
  } catch (const std::runtime_error& error) {
    EXPECT_STREQ(error.what(), "disk full");
  }
  // Pieces already started may finish, but none past the window of the failed one.
  EXPECT_LE(made.load(), 10u + 1u + 4u + 3u);
}

TEST(OrderedPieces, NoPiecesMeansNoWrites) {
  bool called = false;
  write_pieces_in_order(
      0, 2, 4, 4, [&](std::size_t, PieceTexts&) { called = true; },
      [&](std::size_t, const std::string&) { called = true; });
  EXPECT_FALSE(called);
}

}  // namespace
}  // namespace diplograph
