package org.coalitions.coalition.registry;

import java.util.List;

/** One page of a listing. */
record PageView<T>(List<T> items, int page, int size, long total) {
}
