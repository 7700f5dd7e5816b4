package org.gxpbridge.workflow.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.gxpbridge.security.Account;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;

/**
 * The engine's read-only view of our accounts: users are accounts, groups are roles. The
 * engine cannot create or change users, so the Part 11 account rules have one place of
 * enforcement ({@link Accounts}). Password checks made through the engine count toward
 * lockout like any other.
 */
class AccountIdentityProvider implements ReadOnlyIdentityProvider {

	static final String GROUP_TYPE = "GXP_ROLE";

	private final Accounts accounts;

	AccountIdentityProvider(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public User findUserById(String userId) {
		return accounts.find(userId).map(AccountIdentityProvider::toUser).orElse(null);
	}

	@Override
	public UserQuery createUserQuery() {
		return new AccountUserQuery(accounts, Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
	}

	@Override
	public UserQuery createUserQuery(CommandContext commandContext) {
		return new AccountUserQuery(accounts, null);
	}

	@Override
	public NativeUserQuery createNativeUserQuery() {
		throw new BadUserRequestException("Native user queries are not available: users live in the GxP account store");
	}

	@Override
	public boolean checkPassword(String userId, String password) {
		return accounts.authenticate(userId, password, "engine", null).succeeded();
	}

	@Override
	public Group findGroupById(String groupId) {
		return Role.fromGroupId(groupId).map(AccountIdentityProvider::toGroup).orElse(null);
	}

	@Override
	public GroupQuery createGroupQuery() {
		return new RoleGroupQuery(accounts, Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
	}

	@Override
	public GroupQuery createGroupQuery(CommandContext commandContext) {
		return new RoleGroupQuery(accounts, null);
	}

	@Override
	public Tenant findTenantById(String tenantId) {
		return null;
	}

	@Override
	public TenantQuery createTenantQuery() {
		return new NoTenantQuery();
	}

	@Override
	public TenantQuery createTenantQuery(CommandContext commandContext) {
		return new NoTenantQuery();
	}

	@Override
	public void flush() {
	}

	@Override
	public void close() {
	}

	static User toUser(Account account) {
		UserEntity user = new UserEntity(account.userId());
		String name = account.fullName().trim();
		int space = name.lastIndexOf(' ');
		user.setFirstName(space > 0 ? name.substring(0, space) : name);
		user.setLastName(space > 0 ? name.substring(space + 1) : "");
		user.setEmail(account.email());
		return user;
	}

	static Group toGroup(Role role) {
		GroupEntity group = new GroupEntity(role.groupId());
		group.setName(role.displayName());
		group.setType(GROUP_TYPE);
		return group;
	}

	static boolean like(String value, String pattern) {
		if (pattern == null) {
			return true;
		}
		String regex = ("\\Q" + pattern.toLowerCase(Locale.ROOT) + "\\E").replace("%", "\\E.*\\Q");
		return value != null && value.toLowerCase(Locale.ROOT).matches(regex);
	}

	static <T> List<T> page(Stream<T> all, Page page) {
		List<T> list = all.toList();
		if (page == null) {
			return list;
		}
		int from = Math.min(page.getFirstResult(), list.size());
		int to = (int) Math.min((long) from + page.getMaxResults(), list.size());
		return list.subList(from, to);
	}

	/** Users filtered in memory: the account store is small (people, not records). */
	static class AccountUserQuery extends UserQueryImpl {

		private final transient Accounts accounts;

		AccountUserQuery(Accounts accounts, CommandExecutor executor) {
			super(executor);
			this.accounts = accounts;
		}

		@Override
		public long executeCount(CommandContext commandContext) {
			return matches().count();
		}

		@Override
		public List<User> executeList(CommandContext commandContext, Page page) {
			return AccountIdentityProvider.page(matches(), page);
		}

		private Stream<User> matches() {
			return accounts.all()
				.stream()
				.filter(a -> id == null || a.userId().equals(Accounts.normalize(id)))
				.filter(a -> ids == null || Arrays.stream(ids).map(Accounts::normalize).anyMatch(a.userId()::equals))
				.filter(a -> groupId == null || Role.fromGroupId(groupId).filter(a.roles()::contains).isPresent())
				.filter(a -> email == null || a.email().equalsIgnoreCase(email))
				.filter(a -> like(a.email(), emailLike))
				.map(AccountIdentityProvider::toUser)
				.filter(u -> firstName == null || firstName.equals(u.getFirstName()))
				.filter(u -> lastName == null || lastName.equals(u.getLastName()))
				.filter(u -> like(u.getFirstName(), firstNameLike))
				.filter(u -> like(u.getLastName(), lastNameLike))
				.sorted(Comparator.comparing(User::getId));
		}

	}

	/** Groups are the fixed roles of DESIGN.md §1. */
	static class RoleGroupQuery extends GroupQueryImpl {

		private final transient Accounts accounts;

		RoleGroupQuery(Accounts accounts, CommandExecutor executor) {
			super(executor);
			this.accounts = accounts;
		}

		@Override
		public long executeCount(CommandContext commandContext) {
			return matches().count();
		}

		@Override
		public List<Group> executeList(CommandContext commandContext, Page page) {
			return AccountIdentityProvider.page(matches(), page);
		}

		private Stream<Group> matches() {
			var member = userId == null ? null : accounts.find(userId).map(Account::roles).orElse(Set.of());
			return Arrays.stream(Role.values())
				.filter(r -> id == null || r.groupId().equals(id))
				.filter(r -> ids == null || Arrays.asList(ids).contains(r.groupId()))
				.filter(r -> name == null || r.displayName().equals(name))
				.filter(r -> like(r.displayName(), nameLike))
				.filter(r -> type == null || GROUP_TYPE.equals(type))
				.filter(r -> member == null || member.contains(r))
				.map(AccountIdentityProvider::toGroup);
		}

	}

	/** No multi-tenancy. */
	static class NoTenantQuery extends TenantQueryImpl {

		@Override
		public long executeCount(CommandContext commandContext) {
			return 0;
		}

		@Override
		public List<Tenant> executeList(CommandContext commandContext, Page page) {
			return List.of();
		}

	}

	/** Opens one provider per engine command. */
	static class Factory implements SessionFactory {

		private final Accounts accounts;

		Factory(Accounts accounts) {
			this.accounts = accounts;
		}

		@Override
		public Class<?> getSessionType() {
			return ReadOnlyIdentityProvider.class;
		}

		@Override
		public Session openSession() {
			return new AccountIdentityProvider(accounts);
		}

	}

}
