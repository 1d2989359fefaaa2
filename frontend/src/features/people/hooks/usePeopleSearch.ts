import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { useDebouncedValue } from '../../../lib/hooks';

const PersonPickerSearchQuery = graphql(`
  query PersonPickerSearch($search: String!, $first: Int!) {
    people(search: $search, first: $first) {
      edges {
        node {
          id
          name
          title
          email
        }
      }
    }
  }
`);

export interface PersonOption {
  id: string;
  name: string;
  title: string;
  email: string;
}

/**
 * People matching what is typed into a picker (debounced). A picker's search follows the typing,
 * so it is the one query that lives outside a page.
 */
export function usePeopleSearch(text: string, first = 8): { people: PersonOption[]; fetching: boolean; error: boolean } {
  const search = useDebouncedValue(text.trim(), 200);
  const [{ data, fetching, error }] = useQuery({
    query: PersonPickerSearchQuery,
    variables: { search, first },
    pause: search.length === 0,
    requestPolicy: 'cache-first',
  });
  const people = search.length === 0 ? [] : (data?.people.edges.map((edge) => edge.node) ?? []);
  return { people, fetching: fetching || search !== text.trim(), error: Boolean(error) };
}
