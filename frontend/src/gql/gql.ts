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
    "\n  fragment AgendaCard_meeting on Meeting {\n    id\n    oneOnOne {\n      id\n      counterpart {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AgendaCard_MeetingFragmentDoc,
    "\n  fragment AgendaCard_viewer on User {\n    id\n    name\n  }\n": typeof types.AgendaCard_ViewerFragmentDoc,
    "\n  query MeetingDocument($id: ID!, $stateVector: String) {\n    node(id: $id) {\n      __typename\n      ... on Meeting {\n        id\n        document(stateVector: $stateVector) {\n          update\n          stateVector\n          seq\n        }\n      }\n    }\n  }\n": typeof types.MeetingDocumentDocument,
    "\n  subscription MeetingDocumentUpdates($meetingId: ID!, $stateVector: String) {\n    meetingDocument(meetingId: $meetingId, stateVector: $stateVector) {\n      update\n      seq\n    }\n  }\n": typeof types.MeetingDocumentUpdatesDocument,
    "\n  mutation PushMeetingUpdates($input: PushMeetingUpdatesInput!) {\n    pushMeetingUpdates(input: $input) {\n      state {\n        update\n        stateVector\n        seq\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.PushMeetingUpdatesDocument,
    "\n  mutation SendPresence($input: SendPresenceInput!) {\n    sendPresence(input: $input) {\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.SendPresenceDocument,
    "\n  subscription MeetingPresence($meetingId: ID!) {\n    meetingPresence(meetingId: $meetingId) {\n      awareness\n      user {\n        name\n      }\n    }\n  }\n": typeof types.MeetingPresenceDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n        mustChangePassword\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere {\n      endedSessions\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  fragment CalendarFeedSection_user on User {\n    id\n    calendarFeedUrl\n  }\n": typeof types.CalendarFeedSection_UserFragmentDoc,
    "\n  mutation RegenerateCalendarFeed {\n    regenerateCalendarFeed {\n      calendarFeedUrl\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.RegenerateCalendarFeedDocument,
    "\n  fragment FailedEmailRow_failedEmail on FailedEmail {\n    id\n    toAddress\n    kind\n    attempts\n    lastError\n    createdAt\n    failedAt\n  }\n": typeof types.FailedEmailRow_FailedEmailFragmentDoc,
    "\n  mutation RetryFailedEmail($input: RetryFailedEmailInput!) {\n    retryFailedEmail(input: $input) {\n      retried\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.RetryFailedEmailDocument,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    isRead\n    actor {\n      id\n      name\n    }\n  }\n": typeof types.NotificationItem_NotificationFragmentDoc,
    "\n  fragment NotificationPreferencesForm_user on User {\n    id\n    notificationPreferences {\n      kind\n      inApp\n      email\n    }\n    reminderMinutes\n  }\n": typeof types.NotificationPreferencesForm_UserFragmentDoc,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences {\n        kind\n        inApp\n        email\n      }\n      reminderMinutes\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query NotificationBell($first: Int!) {\n    viewer {\n      id\n      timezone\n      unreadNotificationCount\n      notifications(first: $first) {\n        edges {\n          node {\n            id\n            title\n            createdAt\n            isRead\n            ...NotificationItem_notification\n          }\n        }\n      }\n    }\n  }\n": typeof types.NotificationBellDocument,
    "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      title\n      createdAt\n      isRead\n      ...NotificationItem_notification\n    }\n  }\n": typeof types.NotificationReceivedDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      marked\n      unreadCount\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment CreateOneOnOneForm_viewer on User {\n    id\n    name\n    timezone\n  }\n": typeof types.CreateOneOnOneForm_ViewerFragmentDoc,
    "\n  fragment CreateOneOnOneForm_person on User {\n    id\n    name\n    title\n  }\n": typeof types.CreateOneOnOneForm_PersonFragmentDoc,
    "\n  mutation CreateOneOnOne($input: CreateOneOnOneInput!) {\n    createOneOnOne(input: $input) {\n      oneOnOne {\n        id\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateOneOnOneDocument,
    "\n  fragment EditOneOnOneForm_oneOnOne on OneOnOne {\n    id\n    title\n    frequency\n    timezone\n    durationMinutes\n    template {\n      id\n    }\n    editableMeetings: meetings(status: UPCOMING, first: 50) {\n      edges {\n        node {\n          id\n          startsAt\n          scheduledStart\n          isRescheduled\n        }\n      }\n    }\n  }\n": typeof types.EditOneOnOneForm_OneOnOneFragmentDoc,
    "\n  mutation UpdateOneOnOne($input: UpdateOneOnOneInput!) {\n    updateOneOnOne(input: $input) {\n      oneOnOne {\n        id\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.UpdateOneOnOneDocument,
    "\n  fragment MeetingActions_meeting on Meeting {\n    id\n    status\n    startsAt\n    oneOnOne {\n      id\n      counterpart {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeetingActions_MeetingFragmentDoc,
    "\n  mutation EndMeeting($input: MeetingIdInput!) {\n    endMeeting(input: $input) {\n      meeting {\n        id\n        status\n        startsAt\n        endsAt\n        isRescheduled\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.EndMeetingDocument,
    "\n  mutation CancelMeeting($input: MeetingIdInput!) {\n    cancelMeeting(input: $input) {\n      meeting {\n        id\n        status\n        startsAt\n        endsAt\n        isRescheduled\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  mutation RescheduleMeeting($input: RescheduleMeetingInput!) {\n    rescheduleMeeting(input: $input) {\n      meeting {\n        id\n        status\n        startsAt\n        endsAt\n        isRescheduled\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.RescheduleMeetingDocument,
    "\n  fragment MeetingDetailsForm_meeting on Meeting {\n    id\n    details\n  }\n": typeof types.MeetingDetailsForm_MeetingFragmentDoc,
    "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      meeting {\n        id\n        title\n        hasOwnTitle\n        details\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.UpdateMeetingDocument,
    "\n  fragment MeetingListItem_meeting on Meeting {\n    id\n    title\n    hasOwnTitle\n    startsAt\n    status\n    isRescheduled\n    oneOnOne {\n      id\n      counterpart {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeetingListItem_MeetingFragmentDoc,
    "\n  fragment MeetingSummary_meeting on Meeting {\n    id\n    startsAt\n    endsAt\n    durationMinutes\n    oneOnOne {\n      id\n      counterpart {\n        id\n        name\n        timezone\n      }\n    }\n    template {\n      id\n      ...TemplateSections_template\n    }\n  }\n": typeof types.MeetingSummary_MeetingFragmentDoc,
    "\n  fragment MeetingTitleForm_meeting on Meeting {\n    id\n    title\n    hasOwnTitle\n    oneOnOne {\n      id\n      title\n    }\n  }\n": typeof types.MeetingTitleForm_MeetingFragmentDoc,
    "\n  fragment NextMeetingCard_oneOnOne on OneOnOne {\n    id\n    status\n    counterpart {\n      id\n      name\n      timezone\n    }\n    nextMeeting {\n      id\n      title\n      startsAt\n      durationMinutes\n      isRescheduled\n    }\n  }\n": typeof types.NextMeetingCard_OneOnOneFragmentDoc,
    "\n  fragment OneOnOneListItem_oneOnOne on OneOnOne {\n    id\n    title\n    frequency\n    status\n    viewerHasLeft\n    counterpart {\n      id\n      name\n      title\n    }\n    nextMeeting {\n      id\n      startsAt\n    }\n    meetingCounts {\n      completed\n      missed\n    }\n  }\n": typeof types.OneOnOneListItem_OneOnOneFragmentDoc,
    "\n  fragment OneOnOneSummary_oneOnOne on OneOnOne {\n    id\n    frequency\n    durationMinutes\n    timezone\n    status\n    viewerHasLeft\n    counterpart {\n      id\n      name\n      title\n      timezone\n      ...PersonLink_user\n    }\n    createdBy {\n      id\n      ...PersonLink_user\n    }\n    template {\n      id\n      ...TemplateSections_template\n    }\n    meetingCounts {\n      upcoming\n      completed\n      missed\n      cancelled\n    }\n  }\n": typeof types.OneOnOneSummary_OneOnOneFragmentDoc,
    "\n  fragment SeriesActions_oneOnOne on OneOnOne {\n    id\n    title\n    status\n    canArchive\n    canDelete\n    viewerHasLeft\n    counterpart {\n      id\n      name\n    }\n  }\n": typeof types.SeriesActions_OneOnOneFragmentDoc,
    "\n  mutation ArchiveOneOnOne($input: OneOnOneIdInput!) {\n    archiveOneOnOne(input: $input) {\n      oneOnOne {\n        id\n        ...SeriesActions_oneOnOne\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ArchiveOneOnOneDocument,
    "\n  mutation DeleteOneOnOne($input: OneOnOneIdInput!) {\n    deleteOneOnOne(input: $input) {\n      deletedId\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.DeleteOneOnOneDocument,
    "\n  mutation LeaveOneOnOne($input: OneOnOneIdInput!) {\n    leaveOneOnOne(input: $input) {\n      oneOnOne {\n        id\n        ...SeriesActions_oneOnOne\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.LeaveOneOnOneDocument,
    "\n  fragment TemplatePicker_template on Template {\n    id\n    name\n    description\n    kind\n    oneTime\n    isArchived\n    sections {\n      title\n    }\n  }\n": typeof types.TemplatePicker_TemplateFragmentDoc,
    "\n  fragment TemplateSections_template on Template {\n    id\n    name\n    description\n    sections {\n      title\n      prompts\n    }\n  }\n": typeof types.TemplateSections_TemplateFragmentDoc,
    "\n  fragment UpcomingMeetingsSection_user on User {\n    id\n    timezone\n    upcomingMeetings(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          ...MeetingListItem_meeting\n        }\n      }\n    }\n  }\n": typeof types.UpcomingMeetingsSection_UserFragmentDoc,
    "\n  query PreviewSchedule($startsAt: DateTime!, $timezone: String!, $frequency: Frequency!, $count: Int!) {\n    previewSchedule(startsAt: $startsAt, timezone: $timezone, frequency: $frequency, count: $count)\n  }\n": typeof types.PreviewScheduleDocument,
    "\n  fragment ManagerSection_user on User {\n    id\n    manager {\n      id\n      ...PersonListItem_user\n    }\n  }\n": typeof types.ManagerSection_UserFragmentDoc,
    "\n  fragment PersonCard_user on User {\n    id\n    name\n    title\n    email\n    timezone\n    isAdmin\n    isActive\n  }\n": typeof types.PersonCard_UserFragmentDoc,
    "\n  fragment PersonLink_user on User {\n    id\n    name\n  }\n": typeof types.PersonLink_UserFragmentDoc,
    "\n  fragment PersonListItem_user on User {\n    id\n    name\n    title\n    email\n    isActive\n    manager {\n      id\n      ...PersonLink_user\n    }\n  }\n": typeof types.PersonListItem_UserFragmentDoc,
    "\n  fragment ReportsSection_user on User {\n    id\n    reports(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PersonListItem_user\n        }\n      }\n    }\n  }\n": typeof types.ReportsSection_UserFragmentDoc,
    "\n  query PersonPickerSearch($search: String!, $first: Int!) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          title\n          email\n        }\n      }\n    }\n  }\n": typeof types.PersonPickerSearchDocument,
    "\n  fragment AppFrame_user on User {\n    id\n    name\n    email\n    isAdmin\n  }\n": typeof types.AppFrame_UserFragmentDoc,
    "\n  fragment NewTemplateForm_viewer on User {\n    id\n    isAdmin\n  }\n": typeof types.NewTemplateForm_ViewerFragmentDoc,
    "\n  mutation CreateTemplate($input: CreateTemplateInput!) {\n    createTemplate(input: $input) {\n      template {\n        id\n        name\n        kind\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateTemplateDocument,
    "\n  fragment TemplateLibrary_viewer on User {\n    id\n    isAdmin\n  }\n": typeof types.TemplateLibrary_ViewerFragmentDoc,
    "\n  fragment TemplateLibrary_template on Template {\n    id\n    kind\n    isArchived\n    ...TemplateListItem_template\n  }\n": typeof types.TemplateLibrary_TemplateFragmentDoc,
    "\n  fragment TemplateListItem_template on Template {\n    id\n    name\n    description\n    oneTime\n    sections {\n      title\n      prompts\n    }\n  }\n": typeof types.TemplateListItem_TemplateFragmentDoc,
    "\n  mutation ArchiveTemplate($input: TemplateIdInput!) {\n    archiveTemplate(input: $input) {\n      template {\n        id\n        isArchived\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ArchiveTemplateDocument,
    "\n  mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {\n    createPersonalAccessToken(input: $input) {\n      token {\n        id\n        name\n        expiresAt\n        ...TokenRow_personalAccessToken\n      }\n      secret\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreatePersonalAccessTokenDocument,
    "\n  fragment TokenList_user on User {\n    id\n    personalAccessTokens {\n      id\n      createdAt\n      expiresAt\n      revokedAt\n      ...TokenRow_personalAccessToken\n    }\n  }\n": typeof types.TokenList_UserFragmentDoc,
    "\n  fragment TokenRow_personalAccessToken on PersonalAccessToken {\n    id\n    name\n    scope\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n    isActive\n  }\n": typeof types.TokenRow_PersonalAccessTokenFragmentDoc,
    "\n  mutation RevokePersonalAccessToken($input: RevokePersonalAccessTokenInput!) {\n    revokePersonalAccessToken(input: $input) {\n      token {\n        id\n        ...TokenRow_personalAccessToken\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.RevokePersonalAccessTokenDocument,
    "\n  query AdminEmailsPage($first: Int!, $after: String) {\n    viewer {\n      id\n      isAdmin\n      timezone\n    }\n    failedEmails(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...FailedEmailRow_failedEmail\n        }\n      }\n    }\n  }\n": typeof types.AdminEmailsPageDocument,
    "\n  query AdminNewUserPage {\n    viewer {\n      id\n      isAdmin\n    }\n  }\n": typeof types.AdminNewUserPageDocument,
    "\n  query AdminUserPage($id: ID!) {\n    viewer {\n      id\n      isAdmin\n    }\n    node(id: $id) {\n      __typename\n      ... on User {\n        id\n        name\n        email\n        isActive\n        ...EditUserForm_user\n        ...ChangeManagerForm_user\n        ...AccountActions_user\n      }\n    }\n  }\n": typeof types.AdminUserPageDocument,
    "\n  query AdminUsersPage($search: String, $first: Int!, $after: String) {\n    viewer {\n      id\n      isAdmin\n    }\n    people(search: $search, first: $first, after: $after, includeInactive: true) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...UserTableRow_user\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersPageDocument,
    "\n  query AppLayout {\n    viewer {\n      id\n      name\n      mustChangePassword\n      ...AppFrame_user\n    }\n  }\n": typeof types.AppLayoutDocument,
    "\n  query EditOneOnOnePage($id: ID!) {\n    viewer {\n      id\n      timezone\n    }\n    node(id: $id) {\n      __typename\n      ... on OneOnOne {\n        id\n        title\n        status\n        viewerHasLeft\n        ...EditOneOnOneForm_oneOnOne\n      }\n    }\n    templates {\n      id\n      ...TemplatePicker_template\n    }\n  }\n": typeof types.EditOneOnOnePageDocument,
    "\n  query HomePage {\n    viewer {\n      id\n      name\n      ...PersonCard_user\n      ...ManagerSection_user\n      ...ReportsSection_user\n      ...UpcomingMeetingsSection_user\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  query MeetingPage($id: ID!) {\n    viewer {\n      id\n      timezone\n      ...AgendaCard_viewer\n    }\n    node(id: $id) {\n      __typename\n      ... on Meeting {\n        id\n        title\n        hasOwnTitle\n        status\n        isRescheduled\n        details\n        oneOnOne {\n          id\n          title\n          status\n          viewerHasLeft\n          counterpart {\n            id\n            name\n          }\n        }\n        ...MeetingSummary_meeting\n        ...AgendaCard_meeting\n        ...MeetingActions_meeting\n        ...MeetingDetailsForm_meeting\n        ...MeetingTitleForm_meeting\n      }\n    }\n  }\n": typeof types.MeetingPageDocument,
    "\n  query NewOneOnOnePage($withId: ID!, $hasWith: Boolean!) {\n    viewer {\n      id\n      ...CreateOneOnOneForm_viewer\n    }\n    with: node(id: $withId) @include(if: $hasWith) {\n      __typename\n      ... on User {\n        id\n        ...CreateOneOnOneForm_person\n      }\n    }\n    templates {\n      id\n      ...TemplatePicker_template\n    }\n  }\n": typeof types.NewOneOnOnePageDocument,
    "\n  query NewTemplatePage {\n    viewer {\n      id\n      ...NewTemplateForm_viewer\n    }\n  }\n": typeof types.NewTemplatePageDocument,
    "\n  query OneOnOnePage(\n    $id: ID!\n    $first: Int!\n    $completedAfter: String\n    $missedAfter: String\n    $cancelledAfter: String\n    $withCompleted: Boolean!\n    $withMissed: Boolean!\n    $withCancelled: Boolean!\n  ) {\n    viewer {\n      id\n      timezone\n    }\n    node(id: $id) {\n      __typename\n      ... on OneOnOne {\n        id\n        title\n        ...OneOnOneSummary_oneOnOne\n        ...NextMeetingCard_oneOnOne\n        ...SeriesActions_oneOnOne\n        upcoming: meetings(status: UPCOMING, first: 5) {\n          totalCount\n          edges {\n            node {\n              id\n              ...MeetingListItem_meeting\n            }\n          }\n        }\n        completed: meetings(status: COMPLETED, descending: true, first: $first, after: $completedAfter)\n          @include(if: $withCompleted) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              startsAt\n              ...MeetingListItem_meeting\n            }\n          }\n        }\n        missed: meetings(status: MISSED, descending: true, first: $first, after: $missedAfter) @include(if: $withMissed) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              startsAt\n              ...MeetingListItem_meeting\n            }\n          }\n        }\n        cancelled: meetings(status: CANCELLED, descending: true, first: $first, after: $cancelledAfter)\n          @include(if: $withCancelled) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              startsAt\n              ...MeetingListItem_meeting\n            }\n          }\n        }\n      }\n    }\n  }\n\n": typeof types.OneOnOnePageDocument,
    "\n  query OneOnOnesPage($first: Int!, $after: String, $includeInactive: Boolean!) {\n    viewer {\n      id\n      timezone\n      oneOnOnes(first: $first, after: $after, includeInactive: $includeInactive) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...OneOnOneListItem_oneOnOne\n          }\n        }\n      }\n    }\n  }\n": typeof types.OneOnOnesPageDocument,
    "\n  query PeoplePage($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...PersonListItem_user\n        }\n      }\n    }\n  }\n": typeof types.PeoplePageDocument,
    "\n  query PersonPage($id: ID!) {\n    viewer {\n      id\n    }\n    node(id: $id) {\n      __typename\n      ... on User {\n        id\n        name\n        isActive\n        ...PersonCard_user\n        ...ManagerSection_user\n        ...ReportsSection_user\n      }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  query SettingsPage {\n    viewer {\n      id\n      ...NotificationPreferencesForm_user\n      ...CalendarFeedSection_user\n      ...TokenList_user\n    }\n  }\n": typeof types.SettingsPageDocument,
    "\n  query TemplatesPage {\n    viewer {\n      id\n      ...TemplateLibrary_viewer\n    }\n    templates {\n      id\n      ...TemplateLibrary_template\n    }\n  }\n": typeof types.TemplatesPageDocument,
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
    "\n  fragment AgendaCard_meeting on Meeting {\n    id\n    oneOnOne {\n      id\n      counterpart {\n        id\n        name\n      }\n    }\n  }\n": types.AgendaCard_MeetingFragmentDoc,
    "\n  fragment AgendaCard_viewer on User {\n    id\n    name\n  }\n": types.AgendaCard_ViewerFragmentDoc,
    "\n  query MeetingDocument($id: ID!, $stateVector: String) {\n    node(id: $id) {\n      __typename\n      ... on Meeting {\n        id\n        document(stateVector: $stateVector) {\n          update\n          stateVector\n          seq\n        }\n      }\n    }\n  }\n": types.MeetingDocumentDocument,
    "\n  subscription MeetingDocumentUpdates($meetingId: ID!, $stateVector: String) {\n    meetingDocument(meetingId: $meetingId, stateVector: $stateVector) {\n      update\n      seq\n    }\n  }\n": types.MeetingDocumentUpdatesDocument,
    "\n  mutation PushMeetingUpdates($input: PushMeetingUpdatesInput!) {\n    pushMeetingUpdates(input: $input) {\n      state {\n        update\n        stateVector\n        seq\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.PushMeetingUpdatesDocument,
    "\n  mutation SendPresence($input: SendPresenceInput!) {\n    sendPresence(input: $input) {\n      errors {\n        code\n      }\n    }\n  }\n": types.SendPresenceDocument,
    "\n  subscription MeetingPresence($meetingId: ID!) {\n    meetingPresence(meetingId: $meetingId) {\n      awareness\n      user {\n        name\n      }\n    }\n  }\n": types.MeetingPresenceDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n        mustChangePassword\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere {\n      endedSessions\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.SignOutEverywhereDocument,
    "\n  fragment CalendarFeedSection_user on User {\n    id\n    calendarFeedUrl\n  }\n": types.CalendarFeedSection_UserFragmentDoc,
    "\n  mutation RegenerateCalendarFeed {\n    regenerateCalendarFeed {\n      calendarFeedUrl\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.RegenerateCalendarFeedDocument,
    "\n  fragment FailedEmailRow_failedEmail on FailedEmail {\n    id\n    toAddress\n    kind\n    attempts\n    lastError\n    createdAt\n    failedAt\n  }\n": types.FailedEmailRow_FailedEmailFragmentDoc,
    "\n  mutation RetryFailedEmail($input: RetryFailedEmailInput!) {\n    retryFailedEmail(input: $input) {\n      retried\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.RetryFailedEmailDocument,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    isRead\n    actor {\n      id\n      name\n    }\n  }\n": types.NotificationItem_NotificationFragmentDoc,
    "\n  fragment NotificationPreferencesForm_user on User {\n    id\n    notificationPreferences {\n      kind\n      inApp\n      email\n    }\n    reminderMinutes\n  }\n": types.NotificationPreferencesForm_UserFragmentDoc,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences {\n        kind\n        inApp\n        email\n      }\n      reminderMinutes\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query NotificationBell($first: Int!) {\n    viewer {\n      id\n      timezone\n      unreadNotificationCount\n      notifications(first: $first) {\n        edges {\n          node {\n            id\n            title\n            createdAt\n            isRead\n            ...NotificationItem_notification\n          }\n        }\n      }\n    }\n  }\n": types.NotificationBellDocument,
    "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      title\n      createdAt\n      isRead\n      ...NotificationItem_notification\n    }\n  }\n": types.NotificationReceivedDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      marked\n      unreadCount\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment CreateOneOnOneForm_viewer on User {\n    id\n    name\n    timezone\n  }\n": types.CreateOneOnOneForm_ViewerFragmentDoc,
    "\n  fragment CreateOneOnOneForm_person on User {\n    id\n    name\n    title\n  }\n": types.CreateOneOnOneForm_PersonFragmentDoc,
    "\n  mutation CreateOneOnOne($input: CreateOneOnOneInput!) {\n    createOneOnOne(input: $input) {\n      oneOnOne {\n        id\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateOneOnOneDocument,
    "\n  fragment EditOneOnOneForm_oneOnOne on OneOnOne {\n    id\n    title\n    frequency\n    timezone\n    durationMinutes\n    template {\n      id\n    }\n    editableMeetings: meetings(status: UPCOMING, first: 50) {\n      edges {\n        node {\n          id\n          startsAt\n          scheduledStart\n          isRescheduled\n        }\n      }\n    }\n  }\n": types.EditOneOnOneForm_OneOnOneFragmentDoc,
    "\n  mutation UpdateOneOnOne($input: UpdateOneOnOneInput!) {\n    updateOneOnOne(input: $input) {\n      oneOnOne {\n        id\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.UpdateOneOnOneDocument,
    "\n  fragment MeetingActions_meeting on Meeting {\n    id\n    status\n    startsAt\n    oneOnOne {\n      id\n      counterpart {\n        id\n        name\n      }\n    }\n  }\n": types.MeetingActions_MeetingFragmentDoc,
    "\n  mutation EndMeeting($input: MeetingIdInput!) {\n    endMeeting(input: $input) {\n      meeting {\n        id\n        status\n        startsAt\n        endsAt\n        isRescheduled\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.EndMeetingDocument,
    "\n  mutation CancelMeeting($input: MeetingIdInput!) {\n    cancelMeeting(input: $input) {\n      meeting {\n        id\n        status\n        startsAt\n        endsAt\n        isRescheduled\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CancelMeetingDocument,
    "\n  mutation RescheduleMeeting($input: RescheduleMeetingInput!) {\n    rescheduleMeeting(input: $input) {\n      meeting {\n        id\n        status\n        startsAt\n        endsAt\n        isRescheduled\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.RescheduleMeetingDocument,
    "\n  fragment MeetingDetailsForm_meeting on Meeting {\n    id\n    details\n  }\n": types.MeetingDetailsForm_MeetingFragmentDoc,
    "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      meeting {\n        id\n        title\n        hasOwnTitle\n        details\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.UpdateMeetingDocument,
    "\n  fragment MeetingListItem_meeting on Meeting {\n    id\n    title\n    hasOwnTitle\n    startsAt\n    status\n    isRescheduled\n    oneOnOne {\n      id\n      counterpart {\n        id\n        name\n      }\n    }\n  }\n": types.MeetingListItem_MeetingFragmentDoc,
    "\n  fragment MeetingSummary_meeting on Meeting {\n    id\n    startsAt\n    endsAt\n    durationMinutes\n    oneOnOne {\n      id\n      counterpart {\n        id\n        name\n        timezone\n      }\n    }\n    template {\n      id\n      ...TemplateSections_template\n    }\n  }\n": types.MeetingSummary_MeetingFragmentDoc,
    "\n  fragment MeetingTitleForm_meeting on Meeting {\n    id\n    title\n    hasOwnTitle\n    oneOnOne {\n      id\n      title\n    }\n  }\n": types.MeetingTitleForm_MeetingFragmentDoc,
    "\n  fragment NextMeetingCard_oneOnOne on OneOnOne {\n    id\n    status\n    counterpart {\n      id\n      name\n      timezone\n    }\n    nextMeeting {\n      id\n      title\n      startsAt\n      durationMinutes\n      isRescheduled\n    }\n  }\n": types.NextMeetingCard_OneOnOneFragmentDoc,
    "\n  fragment OneOnOneListItem_oneOnOne on OneOnOne {\n    id\n    title\n    frequency\n    status\n    viewerHasLeft\n    counterpart {\n      id\n      name\n      title\n    }\n    nextMeeting {\n      id\n      startsAt\n    }\n    meetingCounts {\n      completed\n      missed\n    }\n  }\n": types.OneOnOneListItem_OneOnOneFragmentDoc,
    "\n  fragment OneOnOneSummary_oneOnOne on OneOnOne {\n    id\n    frequency\n    durationMinutes\n    timezone\n    status\n    viewerHasLeft\n    counterpart {\n      id\n      name\n      title\n      timezone\n      ...PersonLink_user\n    }\n    createdBy {\n      id\n      ...PersonLink_user\n    }\n    template {\n      id\n      ...TemplateSections_template\n    }\n    meetingCounts {\n      upcoming\n      completed\n      missed\n      cancelled\n    }\n  }\n": types.OneOnOneSummary_OneOnOneFragmentDoc,
    "\n  fragment SeriesActions_oneOnOne on OneOnOne {\n    id\n    title\n    status\n    canArchive\n    canDelete\n    viewerHasLeft\n    counterpart {\n      id\n      name\n    }\n  }\n": types.SeriesActions_OneOnOneFragmentDoc,
    "\n  mutation ArchiveOneOnOne($input: OneOnOneIdInput!) {\n    archiveOneOnOne(input: $input) {\n      oneOnOne {\n        id\n        ...SeriesActions_oneOnOne\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ArchiveOneOnOneDocument,
    "\n  mutation DeleteOneOnOne($input: OneOnOneIdInput!) {\n    deleteOneOnOne(input: $input) {\n      deletedId\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.DeleteOneOnOneDocument,
    "\n  mutation LeaveOneOnOne($input: OneOnOneIdInput!) {\n    leaveOneOnOne(input: $input) {\n      oneOnOne {\n        id\n        ...SeriesActions_oneOnOne\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.LeaveOneOnOneDocument,
    "\n  fragment TemplatePicker_template on Template {\n    id\n    name\n    description\n    kind\n    oneTime\n    isArchived\n    sections {\n      title\n    }\n  }\n": types.TemplatePicker_TemplateFragmentDoc,
    "\n  fragment TemplateSections_template on Template {\n    id\n    name\n    description\n    sections {\n      title\n      prompts\n    }\n  }\n": types.TemplateSections_TemplateFragmentDoc,
    "\n  fragment UpcomingMeetingsSection_user on User {\n    id\n    timezone\n    upcomingMeetings(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          ...MeetingListItem_meeting\n        }\n      }\n    }\n  }\n": types.UpcomingMeetingsSection_UserFragmentDoc,
    "\n  query PreviewSchedule($startsAt: DateTime!, $timezone: String!, $frequency: Frequency!, $count: Int!) {\n    previewSchedule(startsAt: $startsAt, timezone: $timezone, frequency: $frequency, count: $count)\n  }\n": types.PreviewScheduleDocument,
    "\n  fragment ManagerSection_user on User {\n    id\n    manager {\n      id\n      ...PersonListItem_user\n    }\n  }\n": types.ManagerSection_UserFragmentDoc,
    "\n  fragment PersonCard_user on User {\n    id\n    name\n    title\n    email\n    timezone\n    isAdmin\n    isActive\n  }\n": types.PersonCard_UserFragmentDoc,
    "\n  fragment PersonLink_user on User {\n    id\n    name\n  }\n": types.PersonLink_UserFragmentDoc,
    "\n  fragment PersonListItem_user on User {\n    id\n    name\n    title\n    email\n    isActive\n    manager {\n      id\n      ...PersonLink_user\n    }\n  }\n": types.PersonListItem_UserFragmentDoc,
    "\n  fragment ReportsSection_user on User {\n    id\n    reports(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PersonListItem_user\n        }\n      }\n    }\n  }\n": types.ReportsSection_UserFragmentDoc,
    "\n  query PersonPickerSearch($search: String!, $first: Int!) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          title\n          email\n        }\n      }\n    }\n  }\n": types.PersonPickerSearchDocument,
    "\n  fragment AppFrame_user on User {\n    id\n    name\n    email\n    isAdmin\n  }\n": types.AppFrame_UserFragmentDoc,
    "\n  fragment NewTemplateForm_viewer on User {\n    id\n    isAdmin\n  }\n": types.NewTemplateForm_ViewerFragmentDoc,
    "\n  mutation CreateTemplate($input: CreateTemplateInput!) {\n    createTemplate(input: $input) {\n      template {\n        id\n        name\n        kind\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateTemplateDocument,
    "\n  fragment TemplateLibrary_viewer on User {\n    id\n    isAdmin\n  }\n": types.TemplateLibrary_ViewerFragmentDoc,
    "\n  fragment TemplateLibrary_template on Template {\n    id\n    kind\n    isArchived\n    ...TemplateListItem_template\n  }\n": types.TemplateLibrary_TemplateFragmentDoc,
    "\n  fragment TemplateListItem_template on Template {\n    id\n    name\n    description\n    oneTime\n    sections {\n      title\n      prompts\n    }\n  }\n": types.TemplateListItem_TemplateFragmentDoc,
    "\n  mutation ArchiveTemplate($input: TemplateIdInput!) {\n    archiveTemplate(input: $input) {\n      template {\n        id\n        isArchived\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ArchiveTemplateDocument,
    "\n  mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {\n    createPersonalAccessToken(input: $input) {\n      token {\n        id\n        name\n        expiresAt\n        ...TokenRow_personalAccessToken\n      }\n      secret\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreatePersonalAccessTokenDocument,
    "\n  fragment TokenList_user on User {\n    id\n    personalAccessTokens {\n      id\n      createdAt\n      expiresAt\n      revokedAt\n      ...TokenRow_personalAccessToken\n    }\n  }\n": types.TokenList_UserFragmentDoc,
    "\n  fragment TokenRow_personalAccessToken on PersonalAccessToken {\n    id\n    name\n    scope\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n    isActive\n  }\n": types.TokenRow_PersonalAccessTokenFragmentDoc,
    "\n  mutation RevokePersonalAccessToken($input: RevokePersonalAccessTokenInput!) {\n    revokePersonalAccessToken(input: $input) {\n      token {\n        id\n        ...TokenRow_personalAccessToken\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.RevokePersonalAccessTokenDocument,
    "\n  query AdminEmailsPage($first: Int!, $after: String) {\n    viewer {\n      id\n      isAdmin\n      timezone\n    }\n    failedEmails(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...FailedEmailRow_failedEmail\n        }\n      }\n    }\n  }\n": types.AdminEmailsPageDocument,
    "\n  query AdminNewUserPage {\n    viewer {\n      id\n      isAdmin\n    }\n  }\n": types.AdminNewUserPageDocument,
    "\n  query AdminUserPage($id: ID!) {\n    viewer {\n      id\n      isAdmin\n    }\n    node(id: $id) {\n      __typename\n      ... on User {\n        id\n        name\n        email\n        isActive\n        ...EditUserForm_user\n        ...ChangeManagerForm_user\n        ...AccountActions_user\n      }\n    }\n  }\n": types.AdminUserPageDocument,
    "\n  query AdminUsersPage($search: String, $first: Int!, $after: String) {\n    viewer {\n      id\n      isAdmin\n    }\n    people(search: $search, first: $first, after: $after, includeInactive: true) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...UserTableRow_user\n        }\n      }\n    }\n  }\n": types.AdminUsersPageDocument,
    "\n  query AppLayout {\n    viewer {\n      id\n      name\n      mustChangePassword\n      ...AppFrame_user\n    }\n  }\n": types.AppLayoutDocument,
    "\n  query EditOneOnOnePage($id: ID!) {\n    viewer {\n      id\n      timezone\n    }\n    node(id: $id) {\n      __typename\n      ... on OneOnOne {\n        id\n        title\n        status\n        viewerHasLeft\n        ...EditOneOnOneForm_oneOnOne\n      }\n    }\n    templates {\n      id\n      ...TemplatePicker_template\n    }\n  }\n": types.EditOneOnOnePageDocument,
    "\n  query HomePage {\n    viewer {\n      id\n      name\n      ...PersonCard_user\n      ...ManagerSection_user\n      ...ReportsSection_user\n      ...UpcomingMeetingsSection_user\n    }\n  }\n": types.HomePageDocument,
    "\n  query MeetingPage($id: ID!) {\n    viewer {\n      id\n      timezone\n      ...AgendaCard_viewer\n    }\n    node(id: $id) {\n      __typename\n      ... on Meeting {\n        id\n        title\n        hasOwnTitle\n        status\n        isRescheduled\n        details\n        oneOnOne {\n          id\n          title\n          status\n          viewerHasLeft\n          counterpart {\n            id\n            name\n          }\n        }\n        ...MeetingSummary_meeting\n        ...AgendaCard_meeting\n        ...MeetingActions_meeting\n        ...MeetingDetailsForm_meeting\n        ...MeetingTitleForm_meeting\n      }\n    }\n  }\n": types.MeetingPageDocument,
    "\n  query NewOneOnOnePage($withId: ID!, $hasWith: Boolean!) {\n    viewer {\n      id\n      ...CreateOneOnOneForm_viewer\n    }\n    with: node(id: $withId) @include(if: $hasWith) {\n      __typename\n      ... on User {\n        id\n        ...CreateOneOnOneForm_person\n      }\n    }\n    templates {\n      id\n      ...TemplatePicker_template\n    }\n  }\n": types.NewOneOnOnePageDocument,
    "\n  query NewTemplatePage {\n    viewer {\n      id\n      ...NewTemplateForm_viewer\n    }\n  }\n": types.NewTemplatePageDocument,
    "\n  query OneOnOnePage(\n    $id: ID!\n    $first: Int!\n    $completedAfter: String\n    $missedAfter: String\n    $cancelledAfter: String\n    $withCompleted: Boolean!\n    $withMissed: Boolean!\n    $withCancelled: Boolean!\n  ) {\n    viewer {\n      id\n      timezone\n    }\n    node(id: $id) {\n      __typename\n      ... on OneOnOne {\n        id\n        title\n        ...OneOnOneSummary_oneOnOne\n        ...NextMeetingCard_oneOnOne\n        ...SeriesActions_oneOnOne\n        upcoming: meetings(status: UPCOMING, first: 5) {\n          totalCount\n          edges {\n            node {\n              id\n              ...MeetingListItem_meeting\n            }\n          }\n        }\n        completed: meetings(status: COMPLETED, descending: true, first: $first, after: $completedAfter)\n          @include(if: $withCompleted) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              startsAt\n              ...MeetingListItem_meeting\n            }\n          }\n        }\n        missed: meetings(status: MISSED, descending: true, first: $first, after: $missedAfter) @include(if: $withMissed) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              startsAt\n              ...MeetingListItem_meeting\n            }\n          }\n        }\n        cancelled: meetings(status: CANCELLED, descending: true, first: $first, after: $cancelledAfter)\n          @include(if: $withCancelled) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              startsAt\n              ...MeetingListItem_meeting\n            }\n          }\n        }\n      }\n    }\n  }\n\n": types.OneOnOnePageDocument,
    "\n  query OneOnOnesPage($first: Int!, $after: String, $includeInactive: Boolean!) {\n    viewer {\n      id\n      timezone\n      oneOnOnes(first: $first, after: $after, includeInactive: $includeInactive) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...OneOnOneListItem_oneOnOne\n          }\n        }\n      }\n    }\n  }\n": types.OneOnOnesPageDocument,
    "\n  query PeoplePage($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...PersonListItem_user\n        }\n      }\n    }\n  }\n": types.PeoplePageDocument,
    "\n  query PersonPage($id: ID!) {\n    viewer {\n      id\n    }\n    node(id: $id) {\n      __typename\n      ... on User {\n        id\n        name\n        isActive\n        ...PersonCard_user\n        ...ManagerSection_user\n        ...ReportsSection_user\n      }\n    }\n  }\n": types.PersonPageDocument,
    "\n  query SettingsPage {\n    viewer {\n      id\n      ...NotificationPreferencesForm_user\n      ...CalendarFeedSection_user\n      ...TokenList_user\n    }\n  }\n": types.SettingsPageDocument,
    "\n  query TemplatesPage {\n    viewer {\n      id\n      ...TemplateLibrary_viewer\n    }\n    templates {\n      id\n      ...TemplateLibrary_template\n    }\n  }\n": types.TemplatesPageDocument,
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
export function graphql(source: "\n  fragment AgendaCard_meeting on Meeting {\n    id\n    oneOnOne {\n      id\n      counterpart {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaCard_meeting on Meeting {\n    id\n    oneOnOne {\n      id\n      counterpart {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaCard_viewer on User {\n    id\n    name\n  }\n"): (typeof documents)["\n  fragment AgendaCard_viewer on User {\n    id\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingDocument($id: ID!, $stateVector: String) {\n    node(id: $id) {\n      __typename\n      ... on Meeting {\n        id\n        document(stateVector: $stateVector) {\n          update\n          stateVector\n          seq\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingDocument($id: ID!, $stateVector: String) {\n    node(id: $id) {\n      __typename\n      ... on Meeting {\n        id\n        document(stateVector: $stateVector) {\n          update\n          stateVector\n          seq\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingDocumentUpdates($meetingId: ID!, $stateVector: String) {\n    meetingDocument(meetingId: $meetingId, stateVector: $stateVector) {\n      update\n      seq\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingDocumentUpdates($meetingId: ID!, $stateVector: String) {\n    meetingDocument(meetingId: $meetingId, stateVector: $stateVector) {\n      update\n      seq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PushMeetingUpdates($input: PushMeetingUpdatesInput!) {\n    pushMeetingUpdates(input: $input) {\n      state {\n        update\n        stateVector\n        seq\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PushMeetingUpdates($input: PushMeetingUpdatesInput!) {\n    pushMeetingUpdates(input: $input) {\n      state {\n        update\n        stateVector\n        seq\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendPresence($input: SendPresenceInput!) {\n    sendPresence(input: $input) {\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendPresence($input: SendPresenceInput!) {\n    sendPresence(input: $input) {\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingPresence($meetingId: ID!) {\n    meetingPresence(meetingId: $meetingId) {\n      awareness\n      user {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingPresence($meetingId: ID!) {\n    meetingPresence(meetingId: $meetingId) {\n      awareness\n      user {\n        name\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment CalendarFeedSection_user on User {\n    id\n    calendarFeedUrl\n  }\n"): (typeof documents)["\n  fragment CalendarFeedSection_user on User {\n    id\n    calendarFeedUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateCalendarFeed {\n    regenerateCalendarFeed {\n      calendarFeedUrl\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateCalendarFeed {\n    regenerateCalendarFeed {\n      calendarFeedUrl\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FailedEmailRow_failedEmail on FailedEmail {\n    id\n    toAddress\n    kind\n    attempts\n    lastError\n    createdAt\n    failedAt\n  }\n"): (typeof documents)["\n  fragment FailedEmailRow_failedEmail on FailedEmail {\n    id\n    toAddress\n    kind\n    attempts\n    lastError\n    createdAt\n    failedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryFailedEmail($input: RetryFailedEmailInput!) {\n    retryFailedEmail(input: $input) {\n      retried\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RetryFailedEmail($input: RetryFailedEmailInput!) {\n    retryFailedEmail(input: $input) {\n      retried\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    isRead\n    actor {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    isRead\n    actor {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationPreferencesForm_user on User {\n    id\n    notificationPreferences {\n      kind\n      inApp\n      email\n    }\n    reminderMinutes\n  }\n"): (typeof documents)["\n  fragment NotificationPreferencesForm_user on User {\n    id\n    notificationPreferences {\n      kind\n      inApp\n      email\n    }\n    reminderMinutes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences {\n        kind\n        inApp\n        email\n      }\n      reminderMinutes\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences {\n        kind\n        inApp\n        email\n      }\n      reminderMinutes\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationBell($first: Int!) {\n    viewer {\n      id\n      timezone\n      unreadNotificationCount\n      notifications(first: $first) {\n        edges {\n          node {\n            id\n            title\n            createdAt\n            isRead\n            ...NotificationItem_notification\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationBell($first: Int!) {\n    viewer {\n      id\n      timezone\n      unreadNotificationCount\n      notifications(first: $first) {\n        edges {\n          node {\n            id\n            title\n            createdAt\n            isRead\n            ...NotificationItem_notification\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      title\n      createdAt\n      isRead\n      ...NotificationItem_notification\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      title\n      createdAt\n      isRead\n      ...NotificationItem_notification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      marked\n      unreadCount\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      marked\n      unreadCount\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CreateOneOnOneForm_viewer on User {\n    id\n    name\n    timezone\n  }\n"): (typeof documents)["\n  fragment CreateOneOnOneForm_viewer on User {\n    id\n    name\n    timezone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CreateOneOnOneForm_person on User {\n    id\n    name\n    title\n  }\n"): (typeof documents)["\n  fragment CreateOneOnOneForm_person on User {\n    id\n    name\n    title\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOneOnOne($input: CreateOneOnOneInput!) {\n    createOneOnOne(input: $input) {\n      oneOnOne {\n        id\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOneOnOne($input: CreateOneOnOneInput!) {\n    createOneOnOne(input: $input) {\n      oneOnOne {\n        id\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditOneOnOneForm_oneOnOne on OneOnOne {\n    id\n    title\n    frequency\n    timezone\n    durationMinutes\n    template {\n      id\n    }\n    editableMeetings: meetings(status: UPCOMING, first: 50) {\n      edges {\n        node {\n          id\n          startsAt\n          scheduledStart\n          isRescheduled\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EditOneOnOneForm_oneOnOne on OneOnOne {\n    id\n    title\n    frequency\n    timezone\n    durationMinutes\n    template {\n      id\n    }\n    editableMeetings: meetings(status: UPCOMING, first: 50) {\n      edges {\n        node {\n          id\n          startsAt\n          scheduledStart\n          isRescheduled\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOneOnOne($input: UpdateOneOnOneInput!) {\n    updateOneOnOne(input: $input) {\n      oneOnOne {\n        id\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOneOnOne($input: UpdateOneOnOneInput!) {\n    updateOneOnOne(input: $input) {\n      oneOnOne {\n        id\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingActions_meeting on Meeting {\n    id\n    status\n    startsAt\n    oneOnOne {\n      id\n      counterpart {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingActions_meeting on Meeting {\n    id\n    status\n    startsAt\n    oneOnOne {\n      id\n      counterpart {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMeeting($input: MeetingIdInput!) {\n    endMeeting(input: $input) {\n      meeting {\n        id\n        status\n        startsAt\n        endsAt\n        isRescheduled\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EndMeeting($input: MeetingIdInput!) {\n    endMeeting(input: $input) {\n      meeting {\n        id\n        status\n        startsAt\n        endsAt\n        isRescheduled\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($input: MeetingIdInput!) {\n    cancelMeeting(input: $input) {\n      meeting {\n        id\n        status\n        startsAt\n        endsAt\n        isRescheduled\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeeting($input: MeetingIdInput!) {\n    cancelMeeting(input: $input) {\n      meeting {\n        id\n        status\n        startsAt\n        endsAt\n        isRescheduled\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleMeeting($input: RescheduleMeetingInput!) {\n    rescheduleMeeting(input: $input) {\n      meeting {\n        id\n        status\n        startsAt\n        endsAt\n        isRescheduled\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleMeeting($input: RescheduleMeetingInput!) {\n    rescheduleMeeting(input: $input) {\n      meeting {\n        id\n        status\n        startsAt\n        endsAt\n        isRescheduled\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingDetailsForm_meeting on Meeting {\n    id\n    details\n  }\n"): (typeof documents)["\n  fragment MeetingDetailsForm_meeting on Meeting {\n    id\n    details\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      meeting {\n        id\n        title\n        hasOwnTitle\n        details\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      meeting {\n        id\n        title\n        hasOwnTitle\n        details\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingListItem_meeting on Meeting {\n    id\n    title\n    hasOwnTitle\n    startsAt\n    status\n    isRescheduled\n    oneOnOne {\n      id\n      counterpart {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingListItem_meeting on Meeting {\n    id\n    title\n    hasOwnTitle\n    startsAt\n    status\n    isRescheduled\n    oneOnOne {\n      id\n      counterpart {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingSummary_meeting on Meeting {\n    id\n    startsAt\n    endsAt\n    durationMinutes\n    oneOnOne {\n      id\n      counterpart {\n        id\n        name\n        timezone\n      }\n    }\n    template {\n      id\n      ...TemplateSections_template\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingSummary_meeting on Meeting {\n    id\n    startsAt\n    endsAt\n    durationMinutes\n    oneOnOne {\n      id\n      counterpart {\n        id\n        name\n        timezone\n      }\n    }\n    template {\n      id\n      ...TemplateSections_template\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingTitleForm_meeting on Meeting {\n    id\n    title\n    hasOwnTitle\n    oneOnOne {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingTitleForm_meeting on Meeting {\n    id\n    title\n    hasOwnTitle\n    oneOnOne {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NextMeetingCard_oneOnOne on OneOnOne {\n    id\n    status\n    counterpart {\n      id\n      name\n      timezone\n    }\n    nextMeeting {\n      id\n      title\n      startsAt\n      durationMinutes\n      isRescheduled\n    }\n  }\n"): (typeof documents)["\n  fragment NextMeetingCard_oneOnOne on OneOnOne {\n    id\n    status\n    counterpart {\n      id\n      name\n      timezone\n    }\n    nextMeeting {\n      id\n      title\n      startsAt\n      durationMinutes\n      isRescheduled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OneOnOneListItem_oneOnOne on OneOnOne {\n    id\n    title\n    frequency\n    status\n    viewerHasLeft\n    counterpart {\n      id\n      name\n      title\n    }\n    nextMeeting {\n      id\n      startsAt\n    }\n    meetingCounts {\n      completed\n      missed\n    }\n  }\n"): (typeof documents)["\n  fragment OneOnOneListItem_oneOnOne on OneOnOne {\n    id\n    title\n    frequency\n    status\n    viewerHasLeft\n    counterpart {\n      id\n      name\n      title\n    }\n    nextMeeting {\n      id\n      startsAt\n    }\n    meetingCounts {\n      completed\n      missed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OneOnOneSummary_oneOnOne on OneOnOne {\n    id\n    frequency\n    durationMinutes\n    timezone\n    status\n    viewerHasLeft\n    counterpart {\n      id\n      name\n      title\n      timezone\n      ...PersonLink_user\n    }\n    createdBy {\n      id\n      ...PersonLink_user\n    }\n    template {\n      id\n      ...TemplateSections_template\n    }\n    meetingCounts {\n      upcoming\n      completed\n      missed\n      cancelled\n    }\n  }\n"): (typeof documents)["\n  fragment OneOnOneSummary_oneOnOne on OneOnOne {\n    id\n    frequency\n    durationMinutes\n    timezone\n    status\n    viewerHasLeft\n    counterpart {\n      id\n      name\n      title\n      timezone\n      ...PersonLink_user\n    }\n    createdBy {\n      id\n      ...PersonLink_user\n    }\n    template {\n      id\n      ...TemplateSections_template\n    }\n    meetingCounts {\n      upcoming\n      completed\n      missed\n      cancelled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeriesActions_oneOnOne on OneOnOne {\n    id\n    title\n    status\n    canArchive\n    canDelete\n    viewerHasLeft\n    counterpart {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SeriesActions_oneOnOne on OneOnOne {\n    id\n    title\n    status\n    canArchive\n    canDelete\n    viewerHasLeft\n    counterpart {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveOneOnOne($input: OneOnOneIdInput!) {\n    archiveOneOnOne(input: $input) {\n      oneOnOne {\n        id\n        ...SeriesActions_oneOnOne\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveOneOnOne($input: OneOnOneIdInput!) {\n    archiveOneOnOne(input: $input) {\n      oneOnOne {\n        id\n        ...SeriesActions_oneOnOne\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOneOnOne($input: OneOnOneIdInput!) {\n    deleteOneOnOne(input: $input) {\n      deletedId\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteOneOnOne($input: OneOnOneIdInput!) {\n    deleteOneOnOne(input: $input) {\n      deletedId\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveOneOnOne($input: OneOnOneIdInput!) {\n    leaveOneOnOne(input: $input) {\n      oneOnOne {\n        id\n        ...SeriesActions_oneOnOne\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveOneOnOne($input: OneOnOneIdInput!) {\n    leaveOneOnOne(input: $input) {\n      oneOnOne {\n        id\n        ...SeriesActions_oneOnOne\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TemplatePicker_template on Template {\n    id\n    name\n    description\n    kind\n    oneTime\n    isArchived\n    sections {\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment TemplatePicker_template on Template {\n    id\n    name\n    description\n    kind\n    oneTime\n    isArchived\n    sections {\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TemplateSections_template on Template {\n    id\n    name\n    description\n    sections {\n      title\n      prompts\n    }\n  }\n"): (typeof documents)["\n  fragment TemplateSections_template on Template {\n    id\n    name\n    description\n    sections {\n      title\n      prompts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UpcomingMeetingsSection_user on User {\n    id\n    timezone\n    upcomingMeetings(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          ...MeetingListItem_meeting\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment UpcomingMeetingsSection_user on User {\n    id\n    timezone\n    upcomingMeetings(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          ...MeetingListItem_meeting\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewSchedule($startsAt: DateTime!, $timezone: String!, $frequency: Frequency!, $count: Int!) {\n    previewSchedule(startsAt: $startsAt, timezone: $timezone, frequency: $frequency, count: $count)\n  }\n"): (typeof documents)["\n  query PreviewSchedule($startsAt: DateTime!, $timezone: String!, $frequency: Frequency!, $count: Int!) {\n    previewSchedule(startsAt: $startsAt, timezone: $timezone, frequency: $frequency, count: $count)\n  }\n"];
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
export function graphql(source: "\n  fragment NewTemplateForm_viewer on User {\n    id\n    isAdmin\n  }\n"): (typeof documents)["\n  fragment NewTemplateForm_viewer on User {\n    id\n    isAdmin\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTemplate($input: CreateTemplateInput!) {\n    createTemplate(input: $input) {\n      template {\n        id\n        name\n        kind\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTemplate($input: CreateTemplateInput!) {\n    createTemplate(input: $input) {\n      template {\n        id\n        name\n        kind\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TemplateLibrary_viewer on User {\n    id\n    isAdmin\n  }\n"): (typeof documents)["\n  fragment TemplateLibrary_viewer on User {\n    id\n    isAdmin\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TemplateLibrary_template on Template {\n    id\n    kind\n    isArchived\n    ...TemplateListItem_template\n  }\n"): (typeof documents)["\n  fragment TemplateLibrary_template on Template {\n    id\n    kind\n    isArchived\n    ...TemplateListItem_template\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TemplateListItem_template on Template {\n    id\n    name\n    description\n    oneTime\n    sections {\n      title\n      prompts\n    }\n  }\n"): (typeof documents)["\n  fragment TemplateListItem_template on Template {\n    id\n    name\n    description\n    oneTime\n    sections {\n      title\n      prompts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveTemplate($input: TemplateIdInput!) {\n    archiveTemplate(input: $input) {\n      template {\n        id\n        isArchived\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveTemplate($input: TemplateIdInput!) {\n    archiveTemplate(input: $input) {\n      template {\n        id\n        isArchived\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query AdminEmailsPage($first: Int!, $after: String) {\n    viewer {\n      id\n      isAdmin\n      timezone\n    }\n    failedEmails(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...FailedEmailRow_failedEmail\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminEmailsPage($first: Int!, $after: String) {\n    viewer {\n      id\n      isAdmin\n      timezone\n    }\n    failedEmails(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...FailedEmailRow_failedEmail\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query EditOneOnOnePage($id: ID!) {\n    viewer {\n      id\n      timezone\n    }\n    node(id: $id) {\n      __typename\n      ... on OneOnOne {\n        id\n        title\n        status\n        viewerHasLeft\n        ...EditOneOnOneForm_oneOnOne\n      }\n    }\n    templates {\n      id\n      ...TemplatePicker_template\n    }\n  }\n"): (typeof documents)["\n  query EditOneOnOnePage($id: ID!) {\n    viewer {\n      id\n      timezone\n    }\n    node(id: $id) {\n      __typename\n      ... on OneOnOne {\n        id\n        title\n        status\n        viewerHasLeft\n        ...EditOneOnOneForm_oneOnOne\n      }\n    }\n    templates {\n      id\n      ...TemplatePicker_template\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage {\n    viewer {\n      id\n      name\n      ...PersonCard_user\n      ...ManagerSection_user\n      ...ReportsSection_user\n      ...UpcomingMeetingsSection_user\n    }\n  }\n"): (typeof documents)["\n  query HomePage {\n    viewer {\n      id\n      name\n      ...PersonCard_user\n      ...ManagerSection_user\n      ...ReportsSection_user\n      ...UpcomingMeetingsSection_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPage($id: ID!) {\n    viewer {\n      id\n      timezone\n      ...AgendaCard_viewer\n    }\n    node(id: $id) {\n      __typename\n      ... on Meeting {\n        id\n        title\n        hasOwnTitle\n        status\n        isRescheduled\n        details\n        oneOnOne {\n          id\n          title\n          status\n          viewerHasLeft\n          counterpart {\n            id\n            name\n          }\n        }\n        ...MeetingSummary_meeting\n        ...AgendaCard_meeting\n        ...MeetingActions_meeting\n        ...MeetingDetailsForm_meeting\n        ...MeetingTitleForm_meeting\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingPage($id: ID!) {\n    viewer {\n      id\n      timezone\n      ...AgendaCard_viewer\n    }\n    node(id: $id) {\n      __typename\n      ... on Meeting {\n        id\n        title\n        hasOwnTitle\n        status\n        isRescheduled\n        details\n        oneOnOne {\n          id\n          title\n          status\n          viewerHasLeft\n          counterpart {\n            id\n            name\n          }\n        }\n        ...MeetingSummary_meeting\n        ...AgendaCard_meeting\n        ...MeetingActions_meeting\n        ...MeetingDetailsForm_meeting\n        ...MeetingTitleForm_meeting\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewOneOnOnePage($withId: ID!, $hasWith: Boolean!) {\n    viewer {\n      id\n      ...CreateOneOnOneForm_viewer\n    }\n    with: node(id: $withId) @include(if: $hasWith) {\n      __typename\n      ... on User {\n        id\n        ...CreateOneOnOneForm_person\n      }\n    }\n    templates {\n      id\n      ...TemplatePicker_template\n    }\n  }\n"): (typeof documents)["\n  query NewOneOnOnePage($withId: ID!, $hasWith: Boolean!) {\n    viewer {\n      id\n      ...CreateOneOnOneForm_viewer\n    }\n    with: node(id: $withId) @include(if: $hasWith) {\n      __typename\n      ... on User {\n        id\n        ...CreateOneOnOneForm_person\n      }\n    }\n    templates {\n      id\n      ...TemplatePicker_template\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewTemplatePage {\n    viewer {\n      id\n      ...NewTemplateForm_viewer\n    }\n  }\n"): (typeof documents)["\n  query NewTemplatePage {\n    viewer {\n      id\n      ...NewTemplateForm_viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneOnOnePage(\n    $id: ID!\n    $first: Int!\n    $completedAfter: String\n    $missedAfter: String\n    $cancelledAfter: String\n    $withCompleted: Boolean!\n    $withMissed: Boolean!\n    $withCancelled: Boolean!\n  ) {\n    viewer {\n      id\n      timezone\n    }\n    node(id: $id) {\n      __typename\n      ... on OneOnOne {\n        id\n        title\n        ...OneOnOneSummary_oneOnOne\n        ...NextMeetingCard_oneOnOne\n        ...SeriesActions_oneOnOne\n        upcoming: meetings(status: UPCOMING, first: 5) {\n          totalCount\n          edges {\n            node {\n              id\n              ...MeetingListItem_meeting\n            }\n          }\n        }\n        completed: meetings(status: COMPLETED, descending: true, first: $first, after: $completedAfter)\n          @include(if: $withCompleted) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              startsAt\n              ...MeetingListItem_meeting\n            }\n          }\n        }\n        missed: meetings(status: MISSED, descending: true, first: $first, after: $missedAfter) @include(if: $withMissed) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              startsAt\n              ...MeetingListItem_meeting\n            }\n          }\n        }\n        cancelled: meetings(status: CANCELLED, descending: true, first: $first, after: $cancelledAfter)\n          @include(if: $withCancelled) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              startsAt\n              ...MeetingListItem_meeting\n            }\n          }\n        }\n      }\n    }\n  }\n\n"): (typeof documents)["\n  query OneOnOnePage(\n    $id: ID!\n    $first: Int!\n    $completedAfter: String\n    $missedAfter: String\n    $cancelledAfter: String\n    $withCompleted: Boolean!\n    $withMissed: Boolean!\n    $withCancelled: Boolean!\n  ) {\n    viewer {\n      id\n      timezone\n    }\n    node(id: $id) {\n      __typename\n      ... on OneOnOne {\n        id\n        title\n        ...OneOnOneSummary_oneOnOne\n        ...NextMeetingCard_oneOnOne\n        ...SeriesActions_oneOnOne\n        upcoming: meetings(status: UPCOMING, first: 5) {\n          totalCount\n          edges {\n            node {\n              id\n              ...MeetingListItem_meeting\n            }\n          }\n        }\n        completed: meetings(status: COMPLETED, descending: true, first: $first, after: $completedAfter)\n          @include(if: $withCompleted) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              startsAt\n              ...MeetingListItem_meeting\n            }\n          }\n        }\n        missed: meetings(status: MISSED, descending: true, first: $first, after: $missedAfter) @include(if: $withMissed) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              startsAt\n              ...MeetingListItem_meeting\n            }\n          }\n        }\n        cancelled: meetings(status: CANCELLED, descending: true, first: $first, after: $cancelledAfter)\n          @include(if: $withCancelled) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              startsAt\n              ...MeetingListItem_meeting\n            }\n          }\n        }\n      }\n    }\n  }\n\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneOnOnesPage($first: Int!, $after: String, $includeInactive: Boolean!) {\n    viewer {\n      id\n      timezone\n      oneOnOnes(first: $first, after: $after, includeInactive: $includeInactive) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...OneOnOneListItem_oneOnOne\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OneOnOnesPage($first: Int!, $after: String, $includeInactive: Boolean!) {\n    viewer {\n      id\n      timezone\n      oneOnOnes(first: $first, after: $after, includeInactive: $includeInactive) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...OneOnOneListItem_oneOnOne\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeoplePage($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...PersonListItem_user\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeoplePage($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...PersonListItem_user\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($id: ID!) {\n    viewer {\n      id\n    }\n    node(id: $id) {\n      __typename\n      ... on User {\n        id\n        name\n        isActive\n        ...PersonCard_user\n        ...ManagerSection_user\n        ...ReportsSection_user\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonPage($id: ID!) {\n    viewer {\n      id\n    }\n    node(id: $id) {\n      __typename\n      ... on User {\n        id\n        name\n        isActive\n        ...PersonCard_user\n        ...ManagerSection_user\n        ...ReportsSection_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsPage {\n    viewer {\n      id\n      ...NotificationPreferencesForm_user\n      ...CalendarFeedSection_user\n      ...TokenList_user\n    }\n  }\n"): (typeof documents)["\n  query SettingsPage {\n    viewer {\n      id\n      ...NotificationPreferencesForm_user\n      ...CalendarFeedSection_user\n      ...TokenList_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplatesPage {\n    viewer {\n      id\n      ...TemplateLibrary_viewer\n    }\n    templates {\n      id\n      ...TemplateLibrary_template\n    }\n  }\n"): (typeof documents)["\n  query TemplatesPage {\n    viewer {\n      id\n      ...TemplateLibrary_viewer\n    }\n    templates {\n      id\n      ...TemplateLibrary_template\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;