package com.allocar.trip.search.web;

import java.util.List;

import com.allocar.platform.api.Envelope;
import com.allocar.trip.search.SearchItem;
import com.allocar.trip.search.SearchQuery;
import com.allocar.trip.search.SearchVolume;
import com.allocar.trip.search.TripSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "trips", description = "Trips: publish, manage, search")
class SearchController {

    private final TripSearch search;
    private final SearchVolume volume;

    SearchController(TripSearch search, SearchVolume volume) {
        this.search = search;
        this.volume = volume;
    }

    @GetMapping("/api/v1/trips/search")
    @Operation(summary = "Search published trips (public)",
            description = """
                    Trips with free seats that pick up near `from` and drop off near `to`, in that order: the trip's origin \
                    or a pick-up stop within `radius_km` of `from`, then a later drop-off stop or its destination within \
                    `radius_km` of `to`. `date` is a local day in Africa/Abidjan. Each result carries `distance_km` from \
                    `from` to its pick-up point. The spec's spellings `seats>=2` and `driver_rating>=4` are accepted. \
                    Answers may come from a cache of up to 60 s, invalidated when a trip of that day changes \
                    (header `X-Cache: hit|miss`).""",
            parameters = {
                    @Parameter(in = ParameterIn.QUERY, name = "from", required = true, description = "lat,lon, e.g. 5.3257,-4.0205"),
                    @Parameter(in = ParameterIn.QUERY, name = "to", required = true, description = "lat,lon, e.g. 6.8276,-5.2893"),
                    @Parameter(in = ParameterIn.QUERY, name = "date", description = "YYYY-MM-DD (Africa/Abidjan); default: any day from now"),
                    @Parameter(in = ParameterIn.QUERY, name = "radius_km", description = "default 25, max 100"),
                    @Parameter(in = ParameterIn.QUERY, name = "price_min", description = "XOF per seat"),
                    @Parameter(in = ParameterIn.QUERY, name = "price_max", description = "XOF per seat"),
                    @Parameter(in = ParameterIn.QUERY, name = "seats", description = "free seats wanted (also seats>=), default 1"),
                    @Parameter(in = ParameterIn.QUERY, name = "comfort", description = "basic | standard | comfort (comma-separated for several)"),
                    @Parameter(in = ParameterIn.QUERY, name = "driver_rating", description = "minimum driver rating 0..5 (also driver_rating>=)"),
                    @Parameter(in = ParameterIn.QUERY, name = "sort", description = "departure_time (default) | price | distance; prefix '-' for descending"),
                    @Parameter(in = ParameterIn.QUERY, name = "page", description = "1-based"),
                    @Parameter(in = ParameterIn.QUERY, name = "page_size", description = "default 20, max 100")})
    ResponseEntity<Envelope<List<SearchItem>>> search(HttpServletRequest request) {
        SearchQuery q = search.parameters().parse(request.getParameterMap(), search.today());
        TripSearch.Answer answer = search.search(q);
        // counted once answered: a refused search (400) or a failed one never reaches this line
        volume.answered();
        return ResponseEntity.ok()
                .header("X-Cache", answer.cached() ? "hit" : "miss")
                .body(Envelope.page(answer.page().items(), q.page(), q.pageSize(), answer.page().total()));
    }
}
