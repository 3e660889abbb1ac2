package se.kommunstod.api;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of a list: the items, the page number (from 0), the page size and the total count. */
public record PageResponse<T>(
    List<T> content, int page, int size, long totalElements, int totalPages) {

  /**
   * The highest page number /api accepts: page × size must stay a database offset (an int), or a
   * huge page number ends in a 500 instead of an empty page.
   */
  public static final int MAX_PAGE = 1_000_000;

  public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
    return new PageResponse<>(
        page.getContent().stream().map(mapper).toList(),
        page.getNumber(),
        page.getSize(),
        page.getTotalElements(),
        page.getTotalPages());
  }
}
