/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AccountActions_user on User {\n    id\n    name\n    isActive\n  }\n": typeof types.AccountActions_UserFragmentDoc,
    "\n  mutation DeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      user {\n        id\n        isActive\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      user {\n        id\n        isActive\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation ResetUserPassword($input: UserIdInput!) {\n    resetUserPassword(input: $input) {\n      user {\n        id\n        mustChangePassword\n      }\n      temporaryPassword\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  fragment ChangeManagerForm_user on User {\n    id\n    name\n    manager {\n      id\n      name\n      title\n    }\n  }\n": typeof types.ChangeManagerForm_UserFragmentDoc,
    "\n  mutation ChangeManager($input: ChangeManagerInput!) {\n    changeManager(input: $input) {\n      user {\n        id\n        ...ChangeManagerForm_user\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ChangeManagerDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        name\n        ...UserTableRow_user\n      }\n      temporaryPassword\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  fragment EditUserForm_user on User {\n    id\n    name\n    email\n    title\n    timezone\n    isAdmin\n  }\n": typeof types.EditUserForm_UserFragmentDoc,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        ...EditUserForm_user\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  fragment UserTableRow_user on User {\n    id\n    name\n    email\n    title\n    isAdmin\n    isActive\n    manager {\n      id\n      name\n    }\n  }\n": typeof types.UserTableRow_UserFragmentDoc,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n        mustChangePassword\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere {\n      endedSessions\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  fragment ManagerSection_user on User {\n    id\n    manager {\n      id\n      ...PersonListItem_user\n    }\n  }\n": typeof types.ManagerSection_UserFragmentDoc,
    "\n  fragment PersonCard_user on User {\n    id\n    name\n    title\n    email\n    timezone\n    isAdmin\n    isActive\n  }\n": typeof types.PersonCard_UserFragmentDoc,
    "\n  fragment PersonLink_user on User {\n    id\n    name\n  }\n": typeof types.PersonLink_UserFragmentDoc,
    "\n  fragment PersonListItem_user on User {\n    id\n    name\n    title\n    email\n    isActive\n    manager {\n      id\n      ...PersonLink_user\n    }\n  }\n": typeof types.PersonListItem_UserFragmentDoc,
    "\n  fragment ReportsSection_user on User {\n    id\n    reports(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PersonListItem_user\n        }\n      }\n    }\n  }\n": typeof types.ReportsSection_UserFragmentDoc,
    "\n  query PersonPickerSearch($search: String!, $first: Int!) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          title\n          email\n        }\n      }\n    }\n  }\n": typeof types.PersonPickerSearchDocument,
    "\n  fragment AppFrame_user on User {\n    id\n    name\n    email\n    isAdmin\n  }\n": typeof types.AppFrame_UserFragmentDoc,
    "\n  mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {\n    createPersonalAccessToken(input: $input) {\n      token {\n        id\n        name\n        expiresAt\n        ...TokenRow_personalAccessToken\n      }\n      secret\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreatePersonalAccessTokenDocument,
    "\n  fragment TokenList_user on User {\n    id\n    personalAccessTokens {\n      id\n      createdAt\n      expiresAt\n      revokedAt\n      ...TokenRow_personalAccessToken\n    }\n  }\n": typeof types.TokenList_UserFragmentDoc,
    "\n  fragment TokenRow_personalAccessToken on PersonalAccessToken {\n    id\n    name\n    scope\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n    isActive\n  }\n": typeof types.TokenRow_PersonalAccessTokenFragmentDoc,
    "\n  mutation RevokePersonalAccessToken($input: RevokePersonalAccessTokenInput!) {\n    revokePersonalAccessToken(input: $input) {\n      token {\n        id\n        ...TokenRow_personalAccessToken\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.RevokePersonalAccessTokenDocument,
    "\n  query AdminNewUserPage {\n    viewer {\n      id\n      isAdmin\n    }\n  }\n": typeof types.AdminNewUserPageDocument,
    "\n  query AdminUserPage($id: ID!) {\n    viewer {\n      id\n      isAdmin\n    }\n    node(id: $id) {\n      __typename\n      ... on User {\n        id\n        name\n        email\n        isActive\n        ...EditUserForm_user\n        ...ChangeManagerForm_user\n        ...AccountActions_user\n      }\n    }\n  }\n": typeof types.AdminUserPageDocument,
    "\n  query AdminUsersPage($search: String, $first: Int!, $after: String) {\n    viewer {\n      id\n      isAdmin\n    }\n    people(search: $search, first: $first, after: $after, includeInactive: true) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...UserTableRow_user\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersPageDocument,
    "\n  query AppLayout {\n    viewer {\n      id\n      name\n      mustChangePassword\n      ...AppFrame_user\n    }\n  }\n": typeof types.AppLayoutDocument,
    "\n  query HomePage {\n    viewer {\n      id\n      name\n      ...PersonCard_user\n      ...ManagerSection_user\n      ...ReportsSection_user\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  query PeoplePage($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...PersonListItem_user\n        }\n      }\n    }\n  }\n": typeof types.PeoplePageDocument,
    "\n  query PersonPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on User {\n        id\n        name\n        ...PersonCard_user\n        ...ManagerSection_user\n        ...ReportsSection_user\n      }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  query SettingsPage {\n    viewer {\n      id\n      ...TokenList_user\n    }\n  }\n": typeof types.SettingsPageDocument,
};
const documents: Documents = {
    "\n  fragment AccountActions_user on User {\n    id\n    name\n    isActive\n  }\n": types.AccountActions_UserFragmentDoc,
    "\n  mutation DeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      user {\n        id\n        isActive\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      user {\n        id\n        isActive\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation ResetUserPassword($input: UserIdInput!) {\n    resetUserPassword(input: $input) {\n      user {\n        id\n        mustChangePassword\n      }\n      temporaryPassword\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  fragment ChangeManagerForm_user on User {\n    id\n    name\n    manager {\n      id\n      name\n      title\n    }\n  }\n": types.ChangeManagerForm_UserFragmentDoc,
    "\n  mutation ChangeManager($input: ChangeManagerInput!) {\n    changeManager(input: $input) {\n      user {\n        id\n        ...ChangeManagerForm_user\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ChangeManagerDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        name\n        ...UserTableRow_user\n      }\n      temporaryPassword\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  fragment EditUserForm_user on User {\n    id\n    name\n    email\n    title\n    timezone\n    isAdmin\n  }\n": types.EditUserForm_UserFragmentDoc,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        ...EditUserForm_user\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  fragment UserTableRow_user on User {\n    id\n    name\n    email\n    title\n    isAdmin\n    isActive\n    manager {\n      id\n      name\n    }\n  }\n": types.UserTableRow_UserFragmentDoc,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n        mustChangePassword\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere {\n      endedSessions\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.SignOutEverywhereDocument,
    "\n  fragment ManagerSection_user on User {\n    id\n    manager {\n      id\n      ...PersonListItem_user\n    }\n  }\n": types.ManagerSection_UserFragmentDoc,
    "\n  fragment PersonCard_user on User {\n    id\n    name\n    title\n    email\n    timezone\n    isAdmin\n    isActive\n  }\n": types.PersonCard_UserFragmentDoc,
    "\n  fragment PersonLink_user on User {\n    id\n    name\n  }\n": types.PersonLink_UserFragmentDoc,
    "\n  fragment PersonListItem_user on User {\n    id\n    name\n    title\n    email\n    isActive\n    manager {\n      id\n      ...PersonLink_user\n    }\n  }\n": types.PersonListItem_UserFragmentDoc,
    "\n  fragment ReportsSection_user on User {\n    id\n    reports(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PersonListItem_user\n        }\n      }\n    }\n  }\n": types.ReportsSection_UserFragmentDoc,
    "\n  query PersonPickerSearch($search: String!, $first: Int!) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          title\n          email\n        }\n      }\n    }\n  }\n": types.PersonPickerSearchDocument,
    "\n  fragment AppFrame_user on User {\n    id\n    name\n    email\n    isAdmin\n  }\n": types.AppFrame_UserFragmentDoc,
    "\n  mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {\n    createPersonalAccessToken(input: $input) {\n      token {\n        id\n        name\n        expiresAt\n        ...TokenRow_personalAccessToken\n      }\n      secret\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreatePersonalAccessTokenDocument,
    "\n  fragment TokenList_user on User {\n    id\n    personalAccessTokens {\n      id\n      createdAt\n      expiresAt\n      revokedAt\n      ...TokenRow_personalAccessToken\n    }\n  }\n": types.TokenList_UserFragmentDoc,
    "\n  fragment TokenRow_personalAccessToken on PersonalAccessToken {\n    id\n    name\n    scope\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n    isActive\n  }\n": types.TokenRow_PersonalAccessTokenFragmentDoc,
    "\n  mutation RevokePersonalAccessToken($input: RevokePersonalAccessTokenInput!) {\n    revokePersonalAccessToken(input: $input) {\n      token {\n        id\n        ...TokenRow_personalAccessToken\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.RevokePersonalAccessTokenDocument,
    "\n  query AdminNewUserPage {\n    viewer {\n      id\n      isAdmin\n    }\n  }\n": types.AdminNewUserPageDocument,
    "\n  query AdminUserPage($id: ID!) {\n    viewer {\n      id\n      isAdmin\n    }\n    node(id: $id) {\n      __typename\n      ... on User {\n        id\n        name\n        email\n        isActive\n        ...EditUserForm_user\n        ...ChangeManagerForm_user\n        ...AccountActions_user\n      }\n    }\n  }\n": types.AdminUserPageDocument,
    "\n  query AdminUsersPage($search: String, $first: Int!, $after: String) {\n    viewer {\n      id\n      isAdmin\n    }\n    people(search: $search, first: $first, after: $after, includeInactive: true) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...UserTableRow_user\n        }\n      }\n    }\n  }\n": types.AdminUsersPageDocument,
    "\n  query AppLayout {\n    viewer {\n      id\n      name\n      mustChangePassword\n      ...AppFrame_user\n    }\n  }\n": types.AppLayoutDocument,
    "\n  query HomePage {\n    viewer {\n      id\n      name\n      ...PersonCard_user\n      ...ManagerSection_user\n      ...ReportsSection_user\n    }\n  }\n": types.HomePageDocument,
    "\n  query PeoplePage($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...PersonListItem_user\n        }\n      }\n    }\n  }\n": types.PeoplePageDocument,
    "\n  query PersonPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on User {\n        id\n        name\n        ...PersonCard_user\n        ...ManagerSection_user\n        ...ReportsSection_user\n      }\n    }\n  }\n": types.PersonPageDocument,
    "\n  query SettingsPage {\n    viewer {\n      id\n      ...TokenList_user\n    }\n  }\n": types.SettingsPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountActions_user on User {\n    id\n    name\n    isActive\n  }\n"): (typeof documents)["\n  fragment AccountActions_user on User {\n    id\n    name\n    isActive\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      user {\n        id\n        isActive\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      user {\n        id\n        isActive\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      user {\n        id\n        isActive\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      user {\n        id\n        isActive\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($input: UserIdInput!) {\n    resetUserPassword(input: $input) {\n      user {\n        id\n        mustChangePassword\n      }\n      temporaryPassword\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($input: UserIdInput!) {\n    resetUserPassword(input: $input) {\n      user {\n        id\n        mustChangePassword\n      }\n      temporaryPassword\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeManagerForm_user on User {\n    id\n    name\n    manager {\n      id\n      name\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment ChangeManagerForm_user on User {\n    id\n    name\n    manager {\n      id\n      name\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeManager($input: ChangeManagerInput!) {\n    changeManager(input: $input) {\n      user {\n        id\n        ...ChangeManagerForm_user\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeManager($input: ChangeManagerInput!) {\n    changeManager(input: $input) {\n      user {\n        id\n        ...ChangeManagerForm_user\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        name\n        ...UserTableRow_user\n      }\n      temporaryPassword\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        name\n        ...UserTableRow_user\n      }\n      temporaryPassword\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditUserForm_user on User {\n    id\n    name\n    email\n    title\n    timezone\n    isAdmin\n  }\n"): (typeof documents)["\n  fragment EditUserForm_user on User {\n    id\n    name\n    email\n    title\n    timezone\n    isAdmin\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        ...EditUserForm_user\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        ...EditUserForm_user\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserTableRow_user on User {\n    id\n    name\n    email\n    title\n    isAdmin\n    isActive\n    manager {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UserTableRow_user on User {\n    id\n    name\n    email\n    title\n    isAdmin\n    isActive\n    manager {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n        mustChangePassword\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n        mustChangePassword\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere {\n      endedSessions\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere {\n      endedSessions\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ManagerSection_user on User {\n    id\n    manager {\n      id\n      ...PersonListItem_user\n    }\n  }\n"): (typeof documents)["\n  fragment ManagerSection_user on User {\n    id\n    manager {\n      id\n      ...PersonListItem_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonCard_user on User {\n    id\n    name\n    title\n    email\n    timezone\n    isAdmin\n    isActive\n  }\n"): (typeof documents)["\n  fragment PersonCard_user on User {\n    id\n    name\n    title\n    email\n    timezone\n    isAdmin\n    isActive\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonLink_user on User {\n    id\n    name\n  }\n"): (typeof documents)["\n  fragment PersonLink_user on User {\n    id\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonListItem_user on User {\n    id\n    name\n    title\n    email\n    isActive\n    manager {\n      id\n      ...PersonLink_user\n    }\n  }\n"): (typeof documents)["\n  fragment PersonListItem_user on User {\n    id\n    name\n    title\n    email\n    isActive\n    manager {\n      id\n      ...PersonLink_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportsSection_user on User {\n    id\n    reports(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PersonListItem_user\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReportsSection_user on User {\n    id\n    reports(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PersonListItem_user\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPickerSearch($search: String!, $first: Int!) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          title\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonPickerSearch($search: String!, $first: Int!) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          title\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppFrame_user on User {\n    id\n    name\n    email\n    isAdmin\n  }\n"): (typeof documents)["\n  fragment AppFrame_user on User {\n    id\n    name\n    email\n    isAdmin\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {\n    createPersonalAccessToken(input: $input) {\n      token {\n        id\n        name\n        expiresAt\n        ...TokenRow_personalAccessToken\n      }\n      secret\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {\n    createPersonalAccessToken(input: $input) {\n      token {\n        id\n        name\n        expiresAt\n        ...TokenRow_personalAccessToken\n      }\n      secret\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TokenList_user on User {\n    id\n    personalAccessTokens {\n      id\n      createdAt\n      expiresAt\n      revokedAt\n      ...TokenRow_personalAccessToken\n    }\n  }\n"): (typeof documents)["\n  fragment TokenList_user on User {\n    id\n    personalAccessTokens {\n      id\n      createdAt\n      expiresAt\n      revokedAt\n      ...TokenRow_personalAccessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TokenRow_personalAccessToken on PersonalAccessToken {\n    id\n    name\n    scope\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n    isActive\n  }\n"): (typeof documents)["\n  fragment TokenRow_personalAccessToken on PersonalAccessToken {\n    id\n    name\n    scope\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n    isActive\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePersonalAccessToken($input: RevokePersonalAccessTokenInput!) {\n    revokePersonalAccessToken(input: $input) {\n      token {\n        id\n        ...TokenRow_personalAccessToken\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokePersonalAccessToken($input: RevokePersonalAccessTokenInput!) {\n    revokePersonalAccessToken(input: $input) {\n      token {\n        id\n        ...TokenRow_personalAccessToken\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminNewUserPage {\n    viewer {\n      id\n      isAdmin\n    }\n  }\n"): (typeof documents)["\n  query AdminNewUserPage {\n    viewer {\n      id\n      isAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUserPage($id: ID!) {\n    viewer {\n      id\n      isAdmin\n    }\n    node(id: $id) {\n      __typename\n      ... on User {\n        id\n        name\n        email\n        isActive\n        ...EditUserForm_user\n        ...ChangeManagerForm_user\n        ...AccountActions_user\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUserPage($id: ID!) {\n    viewer {\n      id\n      isAdmin\n    }\n    node(id: $id) {\n      __typename\n      ... on User {\n        id\n        name\n        email\n        isActive\n        ...EditUserForm_user\n        ...ChangeManagerForm_user\n        ...AccountActions_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsersPage($search: String, $first: Int!, $after: String) {\n    viewer {\n      id\n      isAdmin\n    }\n    people(search: $search, first: $first, after: $after, includeInactive: true) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...UserTableRow_user\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsersPage($search: String, $first: Int!, $after: String) {\n    viewer {\n      id\n      isAdmin\n    }\n    people(search: $search, first: $first, after: $after, includeInactive: true) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...UserTableRow_user\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppLayout {\n    viewer {\n      id\n      name\n      mustChangePassword\n      ...AppFrame_user\n    }\n  }\n"): (typeof documents)["\n  query AppLayout {\n    viewer {\n      id\n      name\n      mustChangePassword\n      ...AppFrame_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage {\n    viewer {\n      id\n      name\n      ...PersonCard_user\n      ...ManagerSection_user\n      ...ReportsSection_user\n    }\n  }\n"): (typeof documents)["\n  query HomePage {\n    viewer {\n      id\n      name\n      ...PersonCard_user\n      ...ManagerSection_user\n      ...ReportsSection_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeoplePage($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...PersonListItem_user\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeoplePage($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...PersonListItem_user\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on User {\n        id\n        name\n        ...PersonCard_user\n        ...ManagerSection_user\n        ...ReportsSection_user\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on User {\n        id\n        name\n        ...PersonCard_user\n        ...ManagerSection_user\n        ...ReportsSection_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsPage {\n    viewer {\n      id\n      ...TokenList_user\n    }\n  }\n"): (typeof documents)["\n  query SettingsPage {\n    viewer {\n      id\n      ...TokenList_user\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;