package dev.envelopes.processor.plan;

import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.convention.Conventions;
import dev.envelopes.processor.convention.CreatedIds;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.PagingModel;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.model.ReturnShape;
import dev.envelopes.processor.model.VendorOptions;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Decides how each enveloped method answers: its {@link EndpointPlan}, from its convention. */
public final class EndpointPlans {

  private EndpointPlans() {}

  /** The plan of {@code endpoint}, a valid method of {@code resource}. */
  public static EndpointPlan of(ResourceModel resource, EndpointModel endpoint) {
    return Conventions.of(endpoint.style()).accept(new Planner(resource, endpoint));
  }

  /** One convention's answer for one method. */
  private record Planner(ResourceModel resource, EndpointModel endpoint)
      implements Convention.Visitor<EndpointPlan> {

    @Override
    public EndpointPlan meta(MetaConvention meta) {
      boolean creates = CreatedIds.creates(endpoint);
      // A PATCH names the resource it modified.
      EndpointPlan.Location location =
          !creates && MetaConvention.modifies(endpoint)
              ? EndpointPlan.Location.REQUEST
              : createdAt(creates);
      Optional<PagingPlan> paging =
          paging(
              declared -> Optional.of(position(MetaConvention.OFFSET, declared.maxOffset())),
              MetaConvention.LIMIT,
              false,
              Optional.of(linkedQuery()));
      return plan(
          meta, creates, createdStatus(creates), location, false, false, Optional.empty(), paging);
    }

    @Override
    public EndpointPlan bare(BareConvention bare) {
      Optional<PagingPlan> paging =
          paging(declared -> Optional.empty(), BareConvention.LIMIT, true, Optional.empty());
      // A created resource answers 200, and names no Location.
      return plan(
          bare,
          CreatedIds.creates(endpoint),
          200,
          EndpointPlan.Location.NONE,
          true,
          BareConvention.answersWithValueRecord(endpoint),
          Optional.empty(),
          paging);
    }

    @Override
    public EndpointPlan status(StatusConvention status) {
      // A page number has no bound but its type's: maxOffset counts records, not pages.
      Optional<PagingPlan> paging =
          paging(
              declared -> Optional.of(position(StatusConvention.PAGE, Long.MAX_VALUE)),
              StatusConvention.PER_PAGE,
              false,
              Optional.empty());
      return plan(status, Optional.empty(), paging);
    }

    @Override
    public EndpointPlan vendor(VendorConvention vendor) {
      Optional<PagingPlan> paging =
          paging(
              declared -> Optional.empty(),
              VendorConvention.LIMIT,
              true,
              Optional.of(new PagingPlan.CheckedParameters()));
      return plan(vendor, Optional.of(queryCheck()), paging);
    }

    /** A created resource is named by its {@code Location}; other answers name none. */
    private static EndpointPlan.Location createdAt(boolean creates) {
      return creates ? EndpointPlan.Location.NEW_RESOURCE : EndpointPlan.Location.NONE;
    }

    /** A created resource is answered 201, anything else 200. */
    private static int createdStatus(boolean creates) {
      return creates ? 201 : 200;
    }

    /**
     * The plan in a convention whose created resource answers 201 and names its {@code Location},
     * and whose other answers are 200, an empty one too.
     */
    private EndpointPlan plan(
        Convention convention,
        Optional<EndpointPlan.QueryCheck> queryCheck,
        Optional<PagingPlan> paging) {
      boolean creates = CreatedIds.creates(endpoint);
      return plan(
          convention,
          creates,
          createdStatus(creates),
          createdAt(creates),
          false,
          false,
          queryCheck,
          paging);
    }

    private EndpointPlan plan(
        Convention convention,
        boolean creates,
        int successStatus,
        EndpointPlan.Location location,
        boolean answersEmptyAsNoContent,
        boolean answersWithValueRecord,
        Optional<EndpointPlan.QueryCheck> queryCheck,
        Optional<PagingPlan> paging) {
      return new EndpointPlan(
          resource,
          endpoint,
          convention,
          result(creates),
          successStatus,
          location,
          answersEmptyAsNoContent,
          answersWithValueRecord,
          // Only a convention that checks the query side-loads related records.
          queryCheck.isPresent() && endpoint.vendorOptions().related(),
          queryCheck,
          paging);
    }

    private EndpointPlan.Result result(boolean creates) {
      ReturnShape returns = endpoint.returns();
      if (returns instanceof ReturnShape.NoData) {
        return EndpointPlan.Result.NO_DATA;
      } else if (returns instanceof ReturnShape.Single single) {
        if (creates) {
          return EndpointPlan.Result.CREATED_ID;
        }
        return single.optional() ? EndpointPlan.Result.OPTIONAL : EndpointPlan.Result.SINGLE;
      } else if (returns instanceof ReturnShape.Multiple) {
        return EndpointPlan.Result.MULTIPLE;
      }
      return EndpointPlan.Result.PAGE;
    }

    /** How the method pages, if it is paged: {@code position} bounds where a page starts. */
    private Optional<PagingPlan> paging(
        Function<PagingModel, Optional<PagingPlan.PositionBound>> position,
        String limitParameter,
        boolean signsCursors,
        Optional<PagingPlan.LinkedQuery> linked) {
      return endpoint
          .paging()
          .map(
              declared ->
                  new PagingPlan(
                      position.apply(declared),
                      limitParameter,
                      Integer.parseInt(
                          endpoint
                              .queryParameter(limitParameter)
                              .orElseThrow()
                              .defaultValue()
                              .orElseThrow()),
                      declared.maxLimit(),
                      signsCursors,
                      linked));
    }

    /** The bound of {@code parameter}: {@code bound} if below the largest value of its type. */
    private PagingPlan.PositionBound position(String parameter, long bound) {
      boolean longType =
          endpoint
              .queryParameter(parameter)
              .orElseThrow()
              .primitive()
              .filter("long"::equals)
              .isPresent();
      long typeMax = longType ? Long.MAX_VALUE : Integer.MAX_VALUE;
      return new PagingPlan.PositionBound(
          parameter, longType, bound < typeMax ? OptionalLong.of(bound) : OptionalLong.empty());
    }

    /** Every query parameter when a {@code @BeanParam} may declare more than the model sees. */
    private PagingPlan.LinkedQuery linkedQuery() {
      if (endpoint.parameters().stream()
          .anyMatch(parameter -> parameter.source() == ParameterModel.Source.GROUPED)) {
        return new PagingPlan.EveryParameter();
      }
      return new PagingPlan.DeclaredParameters(
          endpoint.parameters().stream()
              .filter(parameter -> parameter.source() == ParameterModel.Source.QUERY)
              .map(ParameterModel::wireName)
              .sorted()
              .distinct()
              .toList());
    }

    /** The query parameters, views (with the default one) and includes the method takes. */
    private EndpointPlan.QueryCheck queryCheck() {
      VendorOptions options = endpoint.vendorOptions();
      Set<String> parameters = new TreeSet<>();
      for (ParameterModel parameter : endpoint.parameters()) {
        if (parameter.source() == ParameterModel.Source.QUERY) {
          parameters.add(parameter.wireName());
        }
      }
      Set<String> views = new TreeSet<>(options.views());
      if (options.viewsOrigin().isPresent()) {
        views.add(VendorConvention.DEFAULT_VIEW);
      }
      Set<String> includes = new TreeSet<>();
      options.includes().forEach(include -> includes.add(include.name()));
      if (!includes.isEmpty()) {
        parameters.add(VendorConvention.INCLUDE);
      }
      return new EndpointPlan.QueryCheck(parameters, views, includes);
    }
  }
}
